import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { Db, type Tx } from '../../database/db.js';
import { InvalidRefreshToken } from './auth.errors.js';
import { RefreshTokensRepository } from './refresh-tokens.repository.js';
import { SessionRevocations } from './session-revocations.js';

/** Longer strings are not ours; refusing them early keeps hashing and look-ups cheap. */
const TOKEN_MAX_LENGTH = 128;

function sha256(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface IssuedRefreshToken {
  token: string;
  familyId: string;
  userId: string;
}

type RotateOutcome = { ok: true; issued: IssuedRefreshToken } | { ok: false; reusedFamilyId?: string };

/**
 * Opaque 256-bit refresh tokens, stored as sha256. Each use rotates the token; presenting a token that
 * was already used means it leaked (or a client raced itself), so the whole family is revoked. Ending
 * a family also ends its access tokens (SessionRevocations).
 */
@Injectable()
export class RefreshTokensService {
  private readonly ttlMs: number;

  constructor(
    private readonly db: Db,
    private readonly tokens: RefreshTokensRepository,
    private readonly sessions: SessionRevocations,
    config: AppConfig,
  ) {
    this.ttlMs = config.env.REFRESH_TOKEN_TTL_DAYS * 86_400_000;
  }

  /** Starts a new family (a sign-in) unless `familyId` continues one. */
  async issue(userId: string, familyId: string = randomUUID(), tx?: Tx): Promise<IssuedRefreshToken> {
    const token = randomBytes(32).toString('base64url');
    await this.tokens.insert({ userId, familyId, tokenHash: sha256(token), expiresAt: new Date(Date.now() + this.ttlMs) }, tx);
    return { token, familyId, userId };
  }

  /** Exchanges a valid unused token for a new one of the same family; anything else is UNAUTHENTICATED. */
  async rotate(token: string): Promise<IssuedRefreshToken> {
    if (!token || token.length > TOKEN_MAX_LENGTH) throw new InvalidRefreshToken();
    // The row lock makes two concurrent uses of one token see each other: the second is a reuse.
    const outcome = await this.db.transaction(async (tx): Promise<RotateOutcome> => {
      const row = await this.tokens.findByHashForUpdate(sha256(token), tx);
      if (!row || row.revokedAt) return { ok: false };
      if (row.usedAt) {
        await this.tokens.revokeFamily(row.familyId, tx);
        return { ok: false, reusedFamilyId: row.familyId };
      }
      if (row.expiresAt.getTime() <= Date.now()) return { ok: false };
      await this.tokens.markUsed(row.id, tx);
      return { ok: true, issued: await this.issue(row.userId, row.familyId, tx) };
    });
    // After the transaction, so a reuse's family revocation is committed before its access tokens stop.
    if (!outcome.ok) {
      if (outcome.reusedFamilyId) await this.sessions.revoke([outcome.reusedFamilyId]);
      throw new InvalidRefreshToken();
    }
    return outcome.issued;
  }

  /** Ends the sign-in the token belongs to; unknown tokens are ignored (logout is idempotent). */
  async revokeByToken(token: string): Promise<void> {
    if (!token || token.length > TOKEN_MAX_LENGTH) return;
    const row = await this.tokens.findByHash(sha256(token));
    if (row) await this.revokeFamily(row.familyId);
  }

  async revokeFamily(familyId: string): Promise<void> {
    await this.tokens.revokeFamily(familyId);
    await this.sessions.revoke([familyId]);
  }

  /** Ends every sign-in of the user except `keepFamilyId` (the caller's own session). */
  async revokeAllForUser(userId: string, keepFamilyId?: string): Promise<void> {
    await this.sessions.revoke(await this.tokens.revokeAllForUser(userId, keepFamilyId));
  }
}
