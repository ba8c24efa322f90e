import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Data layer: which rule set a node's status, and which settled epochs were fetched. */
export class DataLayer1763856000000 implements MigrationInterface {
  name = 'DataLayer1763856000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE node_stats_cache ADD COLUMN status_rule text`);
    await q.query(`ALTER TABLE node_stats_cache ADD COLUMN last_error text`);
    await q.query(`
      CREATE TABLE settled_epochs (
        epoch integer PRIMARY KEY CHECK (epoch >= 0),
        fetched_at timestamptz NOT NULL DEFAULT now(),
        hosts integer NOT NULL CHECK (hosts >= 0)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS settled_epochs`);
    await q.query(`ALTER TABLE node_stats_cache DROP COLUMN IF EXISTS last_error`);
    await q.query(`ALTER TABLE node_stats_cache DROP COLUMN IF EXISTS status_rule`);
  }
}
