import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #14: messages sent outside the browser are worded in the user's language, alert rules are
 * per user, and each user has delivery channels. `down` drops what `up` added (channels are lost).
 */
export class AlertSettings1764806400000 implements MigrationInterface {
  name = 'AlertSettings1764806400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN IF NOT EXISTS language text NOT NULL DEFAULT 'EN' CHECK (language IN ('EN', 'RU'))`);
    await q.query(`ALTER TABLE users ADD COLUMN IF NOT EXISTS alert_rules jsonb NOT NULL DEFAULT '{}'::jsonb`);
    await q.query(`
      CREATE TABLE IF NOT EXISTS notification_channels (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('EMAIL', 'TELEGRAM', 'DISCORD', 'WEBHOOK')),
        target text NOT NULL,
        label text NOT NULL,
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'PENDING_LINK')),
        min_severity text NOT NULL DEFAULT 'WARNING' CHECK (min_severity IN ('INFO', 'WARNING', 'CRITICAL')),
        events text[],
        secret text,
        link_code text,
        link_expires_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX IF NOT EXISTS notification_channels_user ON notification_channels (user_id, created_at)`);
    await q.query(`CREATE UNIQUE INDEX IF NOT EXISTS notification_channels_link_code ON notification_channels (link_code) WHERE link_code IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS notification_channels`);
    await q.query(`ALTER TABLE users DROP COLUMN IF EXISTS alert_rules`);
    await q.query(`ALTER TABLE users DROP COLUMN IF EXISTS language`);
  }
}
