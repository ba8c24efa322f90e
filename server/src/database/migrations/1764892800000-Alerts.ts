import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #14: alerts per recipient user, the flap-suppression state the evaluator keeps between
 * refreshes, and per-user node mutes. The partial unique index is what keeps one open alert per
 * user and dedupe key, even when two writers race. `down` drops the three tables (alert history is lost).
 */
export class Alerts1764892800000 implements MigrationInterface {
  name = 'Alerts1764892800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE IF NOT EXISTS alerts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        node_id uuid REFERENCES nodes(id) ON DELETE SET NULL,
        kind text NOT NULL,
        severity text NOT NULL CHECK (severity IN ('INFO', 'WARNING', 'CRITICAL')),
        state text NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'RESOLVED')),
        dedupe_key text NOT NULL,
        params jsonb NOT NULL DEFAULT '{}'::jsonb,
        opened_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        acknowledged_at timestamptz,
        muted_at timestamptz,
        last_reminded_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX IF NOT EXISTS alerts_open_dedupe ON alerts (user_id, dedupe_key) WHERE state = 'OPEN'`);
    await q.query(`CREATE INDEX IF NOT EXISTS alerts_user_opened ON alerts (user_id, opened_at DESC, id DESC)`);
    await q.query(`CREATE INDEX IF NOT EXISTS alerts_node_opened ON alerts (node_id, opened_at DESC)`);
    // One-shot kinds are raised once ever per key: this index answers "was it ever raised" cheaply.
    await q.query(`CREATE INDEX IF NOT EXISTS alerts_user_dedupe ON alerts (user_id, dedupe_key)`);
    await q.query(`
      CREATE TABLE IF NOT EXISTS alert_conditions (
        node_id uuid NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
        kind text NOT NULL,
        consecutive integer NOT NULL CHECK (consecutive >= 0),
        first_seen_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (node_id, kind)
      )`);
    await q.query(`
      CREATE TABLE IF NOT EXISTS node_mutes (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        node_id uuid NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
        muted_until timestamptz NOT NULL,
        PRIMARY KEY (user_id, node_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS node_mutes`);
    await q.query(`DROP TABLE IF EXISTS alert_conditions`);
    await q.query(`DROP TABLE IF EXISTS alerts`);
  }
}
