import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * STAND-IN (DELIV branch only): the smallest `alerts` table the delivery outbox's foreign key needs.
 * EVAL's migration of the same file name replaces this file at merge.
 */
export class Alerts1764892800000 implements MigrationInterface {
  name = 'Alerts1764892800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE IF NOT EXISTS alerts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        node_id uuid,
        kind text NOT NULL,
        severity text NOT NULL,
        state text NOT NULL DEFAULT 'OPEN',
        dedupe_key text NOT NULL,
        params jsonb NOT NULL DEFAULT '{}'::jsonb,
        opened_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        acknowledged_at timestamptz,
        muted_at timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS alerts`);
  }
}
