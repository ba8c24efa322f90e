import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #15: activity lines were stored only as English text. `params` holds the codes and figures
 * a line is worded from (modules/activity/activity-params.ts), so clients word it in their own
 * language. Lines written before have none (null) and clients show their text. `down` drops the
 * column; the text of every line is kept.
 */
export class ActivityParams1764633600000 implements MigrationInterface {
  name = 'ActivityParams1764633600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE activity_events ADD COLUMN IF NOT EXISTS params jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE activity_events DROP COLUMN IF EXISTS params`);
  }
}
