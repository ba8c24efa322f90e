import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #15: personal API tokens for integrators' scripts. Only the sha256 of a token is stored (the
 * token is shown once); `token_prefix` (its first characters) lets the owner tell tokens apart. A
 * token goes with its account (ON DELETE CASCADE); a revoked row stays (revoked_at) so a revoked
 * token is told apart from an unknown one.
 */
export class ApiTokens1765065600000 implements MigrationInterface {
  name = 'ApiTokens1765065600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE IF NOT EXISTS api_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
        scope text NOT NULL CHECK (scope IN ('READ', 'FULL')),
        token_hash text NOT NULL CHECK (token_hash ~ '^[0-9a-f]{64}$'),
        token_prefix text NOT NULL CHECK (length(token_prefix) <= 16),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    // Every request with a token looks it up by hash; the profile lists a user's live tokens.
    await q.query(`CREATE UNIQUE INDEX IF NOT EXISTS "UQ_api_tokens_token_hash" ON api_tokens (token_hash)`);
    await q.query(`CREATE INDEX IF NOT EXISTS "IDX_api_tokens_user" ON api_tokens (user_id, created_at DESC) WHERE revoked_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS api_tokens`);
  }
}
