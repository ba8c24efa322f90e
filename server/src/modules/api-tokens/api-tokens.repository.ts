/** Owns `api_tokens` (raw SQL through Db/Tx). */
import { Injectable } from '@nestjs/common';
import { Db, type Sql } from '../../database/db.js';
import type { ApiTokenRecord, ApiTokenScopeValue } from './api-token.types.js';

/** Lock key namespace of "one user's API tokens" (advisory lock: the live-token limit holds under concurrent creates). */
const USER_TOKENS_LOCK = 1_765_065_600;

interface ApiTokenRow {
  id: string;
  user_id: string;
  name: string;
  scope: ApiTokenScopeValue;
  token_prefix: string;
  created_at: Date;
  expires_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const COLUMNS = 'id, user_id, name, scope, token_prefix, created_at, expires_at, last_used_at, revoked_at';

function toRecord(r: ApiTokenRow): ApiTokenRecord {
  return {
    id: r.id,
    userId: r.user_id,
    name: r.name,
    scope: r.scope,
    tokenPrefix: r.token_prefix,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
  };
}

export interface NewApiToken {
  userId: string;
  name: string;
  scope: ApiTokenScopeValue;
  tokenHash: string;
  tokenPrefix: string;
  expiresInDays: number;
}

@Injectable()
export class ApiTokensRepository {
  constructor(private readonly db: Db) {}

  /** Serialises creates of one user's tokens until the transaction ends. */
  async lockUser(userId: string, tx: Sql): Promise<void> {
    await tx.rows(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [USER_TOKENS_LOCK, userId]);
  }

  async countLive(userId: string, tx: Sql = this.db): Promise<number> {
    const [row] = await tx.rows<{ n: number }>(`SELECT count(*)::int AS n FROM api_tokens WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()`, [
      userId,
    ]);
    return row.n;
  }

  /** Expiry counted by the database clock, like every later check against it. */
  async insert(t: NewApiToken, tx: Sql = this.db): Promise<ApiTokenRecord> {
    const [row] = await tx.rows<ApiTokenRow>(
      `INSERT INTO api_tokens (user_id, name, scope, token_hash, token_prefix, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(days => $6)) RETURNING ${COLUMNS}`,
      [t.userId, t.name, t.scope, t.tokenHash, t.tokenPrefix, t.expiresInDays],
    );
    return toRecord(row);
  }

  /** The user's tokens not revoked (expired ones included, so the owner sees why a script stopped), newest first. */
  async listForUser(userId: string): Promise<ApiTokenRecord[]> {
    const rows = await this.db.rows<ApiTokenRow>(
      `SELECT ${COLUMNS} FROM api_tokens WHERE user_id = $1 AND revoked_at IS NULL ORDER BY created_at DESC, id DESC`,
      [userId],
    );
    return rows.map(toRecord);
  }

  async findByHash(tokenHash: string): Promise<ApiTokenRecord | null> {
    const [row] = await this.db.rows<ApiTokenRow>(`SELECT ${COLUMNS} FROM api_tokens WHERE token_hash = $1`, [tokenHash]);
    return row ? toRecord(row) : null;
  }

  async findById(id: string): Promise<ApiTokenRecord | null> {
    const [row] = await this.db.rows<ApiTokenRow>(`SELECT ${COLUMNS} FROM api_tokens WHERE id = $1`, [id]);
    return row ? toRecord(row) : null;
  }

  /** Revokes the user's token (idempotent); false when the user has no token with that id. */
  async revoke(userId: string, id: string): Promise<boolean> {
    const rows = await this.db.rows<{ id: string }>(
      `UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, now()) WHERE id = $1 AND user_id = $2 RETURNING id`,
      [id, userId],
    );
    return rows.length > 0;
  }

  /** Stamps `last_used_at` unless it was stamped within `precisionMs` (one write per token per minute at most). */
  async touch(id: string, precisionMs: number): Promise<void> {
    await this.db.rows(
      `UPDATE api_tokens SET last_used_at = now()
       WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - make_interval(secs => $2))`,
      [id, precisionMs / 1000],
    );
  }

  /** For tests and operators: moves a token's expiry (tests make a token expired without waiting). */
  async setExpiresAt(id: string, expiresAt: Date): Promise<void> {
    await this.db.rows(`UPDATE api_tokens SET expires_at = $2 WHERE id = $1`, [id, expiresAt]);
  }
}
