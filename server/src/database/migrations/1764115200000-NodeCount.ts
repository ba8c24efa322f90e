import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The number of nodes, kept by triggers on `nodes` so every writer keeps it exact. The admin node
 * list's `totalCount` without filters was a count of the whole table per page: 100k rows, most of a
 * page's server time (bench/scale.mjs). Statement-level triggers with transition tables: one update
 * per statement, so a bulk insert costs one row update, not one per row.
 */
export class NodeCount1764115200000 implements MigrationInterface {
  name = 'NodeCount1764115200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE node_count (
        one boolean PRIMARY KEY DEFAULT true CHECK (one),
        n bigint NOT NULL CHECK (n >= 0)
      )`);
    const apply = (event: string, delta: string) => `
      CREATE FUNCTION node_count_${event}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE node_count SET n = ${delta};
        RETURN NULL;
      END $$`;
    await q.query(apply('insert', 'n + (SELECT count(*) FROM new_rows)'));
    await q.query(apply('delete', 'n - (SELECT count(*) FROM old_rows)'));
    await q.query(apply('truncate', '0'));
    await q.query(`
      CREATE TRIGGER node_count_insert AFTER INSERT ON nodes
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION node_count_insert()`);
    await q.query(`
      CREATE TRIGGER node_count_delete AFTER DELETE ON nodes
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION node_count_delete()`);
    await q.query(`CREATE TRIGGER node_count_truncate AFTER TRUNCATE ON nodes FOR EACH STATEMENT EXECUTE FUNCTION node_count_truncate()`);
    await q.query(`INSERT INTO node_count (n) SELECT count(*) FROM nodes`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const event of ['insert', 'delete', 'truncate']) {
      await q.query(`DROP TRIGGER IF EXISTS node_count_${event} ON nodes`);
      await q.query(`DROP FUNCTION IF EXISTS node_count_${event}()`);
    }
    await q.query(`DROP TABLE IF EXISTS node_count`);
  }
}
