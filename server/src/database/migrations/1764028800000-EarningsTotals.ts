import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Running total of rewards per node, kept by triggers on earnings_history so every writer (the
 * earnings sync, the demo seed, an operator's SQL) keeps it exact. Summing a node's whole history
 * per request grows with time (an epoch a day, forever); ordering a 1,000-node list by earnings did
 * it 1,000 times per page (bench/scale.mjs). Statement-level triggers with transition tables: one
 * grouped upsert per statement, not one per row.
 */
export class EarningsTotals1764028800000 implements MigrationInterface {
  name = 'EarningsTotals1764028800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE node_earnings_totals (
        node_id uuid PRIMARY KEY REFERENCES nodes (id) ON DELETE CASCADE,
        total numeric(30, 9) NOT NULL DEFAULT 0
      )`);
    await q.query(`CREATE INDEX "IDX_node_earnings_totals_total" ON node_earnings_totals (total, node_id)`);
    // Transition tables exist per event, so one function per event. The join to nodes skips nodes
    // being deleted (their history goes by cascade, and so does their total).
    const apply = (event: string, deltas: string) => `
      CREATE FUNCTION node_earnings_totals_${event}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO node_earnings_totals AS t (node_id, total)
        SELECT d.node_id, sum(d.amount) FROM (${deltas}) d JOIN nodes n ON n.id = d.node_id GROUP BY d.node_id
        ON CONFLICT (node_id) DO UPDATE SET total = t.total + EXCLUDED.total;
        RETURN NULL;
      END $$`;
    const added = 'SELECT node_id, earnings_gnk AS amount FROM new_rows';
    const removed = 'SELECT node_id, -earnings_gnk AS amount FROM old_rows';
    await q.query(apply('insert', added));
    await q.query(apply('update', `${added} UNION ALL ${removed}`));
    await q.query(apply('delete', removed));
    await q.query(`
      CREATE TRIGGER earnings_totals_insert AFTER INSERT ON earnings_history
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION node_earnings_totals_insert()`);
    await q.query(`
      CREATE TRIGGER earnings_totals_update AFTER UPDATE ON earnings_history
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION node_earnings_totals_update()`);
    await q.query(`
      CREATE TRIGGER earnings_totals_delete AFTER DELETE ON earnings_history
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION node_earnings_totals_delete()`);
    await q.query(`
      INSERT INTO node_earnings_totals (node_id, total)
      SELECT node_id, sum(earnings_gnk) FROM earnings_history GROUP BY node_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS earnings_totals_insert ON earnings_history`);
    await q.query(`DROP TRIGGER IF EXISTS earnings_totals_update ON earnings_history`);
    await q.query(`DROP TRIGGER IF EXISTS earnings_totals_delete ON earnings_history`);
    for (const event of ['insert', 'update', 'delete']) await q.query(`DROP FUNCTION IF EXISTS node_earnings_totals_${event}()`);
    await q.query(`DROP TABLE IF EXISTS node_earnings_totals`);
  }
}
