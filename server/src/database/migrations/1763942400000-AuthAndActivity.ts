import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Refresh-token sessions (hashed, rotated, revocable by family) and the per-user activity feed. */
export class AuthAndActivity1763942400000 implements MigrationInterface {
  name = 'AuthAndActivity1763942400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash text NOT NULL CHECK (token_hash ~ '^[0-9a-f]{64}$'),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_refresh_tokens_token_hash" ON refresh_tokens (token_hash)`);
    await q.query(`CREATE INDEX "IDX_refresh_tokens_family" ON refresh_tokens (family_id)`);
    await q.query(`CREATE INDEX "IDX_refresh_tokens_user" ON refresh_tokens (user_id) WHERE revoked_at IS NULL`);
    await q.query(`CREATE INDEX "IDX_refresh_tokens_expires_at" ON refresh_tokens (expires_at)`);

    await q.query(`
      CREATE TABLE activity_events (
        id bigserial PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('status_change', 'assignment', 'request_update')),
        node_id uuid REFERENCES nodes (id) ON DELETE CASCADE,
        support_request_id uuid REFERENCES support_requests (id) ON DELETE CASCADE,
        message text NOT NULL CHECK (length(message) <= 500),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "IDX_activity_events_user_created" ON activity_events (user_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX "IDX_activity_events_node" ON activity_events (node_id) WHERE node_id IS NOT NULL`);
    await q.query(`CREATE INDEX "IDX_activity_events_support_request" ON activity_events (support_request_id) WHERE support_request_id IS NOT NULL`);

    // "Is there an admin yet?" at every start, and assignee checks.
    await q.query(`CREATE INDEX "IDX_users_role" ON users (role) WHERE role = 'admin'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS "IDX_users_role"`);
    await q.query(`DROP TABLE IF EXISTS activity_events`);
    await q.query(`DROP TABLE IF EXISTS refresh_tokens`);
  }
}
