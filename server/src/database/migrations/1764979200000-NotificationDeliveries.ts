import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #14: the notification outbox. One row per alert × channel × event (the idempotency key is
 * UNIQUE, so a repeated enqueue adds nothing); pg-boss jobs (schema pgboss) carry only the row id.
 * `alert` is the alert as it was when the event happened (what the message describes); NULL for TEST.
 */
export class NotificationDeliveries1764979200000 implements MigrationInterface {
  name = 'NotificationDeliveries1764979200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE IF NOT EXISTS notification_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alert_id uuid REFERENCES alerts(id) ON DELETE CASCADE,
        channel_id uuid NOT NULL REFERENCES notification_channels(id) ON DELETE CASCADE,
        user_id uuid NOT NULL,
        event text NOT NULL CHECK (event IN ('OPEN', 'RESOLVED', 'REMINDER', 'TEST')),
        idempotency_key text NOT NULL UNIQUE,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        alert jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        failed_at timestamptz,
        next_attempt_at timestamptz,
        CHECK ((event = 'TEST') = (alert_id IS NULL))
      )`);
    // A channel's newest delivery (lastDelivery), an alert's deliveries, and the admins' failure list.
    await q.query(`CREATE INDEX IF NOT EXISTS notification_deliveries_channel ON notification_deliveries (channel_id, created_at DESC)`);
    await q.query(`CREATE INDEX IF NOT EXISTS notification_deliveries_alert ON notification_deliveries (alert_id) WHERE alert_id IS NOT NULL`);
    await q.query(`CREATE INDEX IF NOT EXISTS notification_deliveries_failed ON notification_deliveries (created_at DESC, id DESC) WHERE status = 'FAILED'`);
    await q.query(`CREATE INDEX IF NOT EXISTS notification_deliveries_pending ON notification_deliveries (created_at) WHERE status = 'PENDING'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS notification_deliveries`);
  }
}
