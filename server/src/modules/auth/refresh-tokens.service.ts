import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { InvalidRefreshToken } from './auth.errors.js';
import { RefreshTokenEntity } from './entities/refresh-token.entity.js';
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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionRevocations,
    config: AppConfig,
  ) {
    this.ttlMs = config.env.REFRESH_TOKEN_TTL_DAYS * 86_400_000;
  }

  /** Starts a new family (a sign-in) unless `familyId` continues one. */
  async issue(userId: string, familyId: string = randomUUID(), manager: EntityManager = this.dataSource.manager): Promise<IssuedRefreshToken> {
    const token = randomBytes(32).toString('base64url');
    await manager.insert(RefreshTokenEntity, {
      userId,
      familyId,
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + this.ttlMs),
    });
    return { token, familyId, userId };
  }

  /** Exchanges a valid unused token for a new one of the same family; anything else is UNAUTHENTICATED. */
  async rotate(token: string): Promise<IssuedRefreshToken> {
    if (!token || token.length > TOKEN_MAX_LENGTH) throw new InvalidRefreshToken();
    // The row lock makes two concurrent uses of one token see each other: the second is a reuse.
    const outcome = await this.dataSource.transaction(async (m): Promise<RotateOutcome> => {
      const row = await m
        .createQueryBuilder(RefreshTokenEntity, 't')
        .setLock('pessimistic_write')
        .where('t.tokenHash = :hash', { hash: sha256(token) })
        .getOne();
      if (!row || row.revokedAt) return { ok: false };
      if (row.usedAt) {
        await this.revokeFamilyRows(row.familyId, m);
        return { ok: false, reusedFamilyId: row.familyId };
      }
      if (row.expiresAt.getTime() <= Date.now()) return { ok: false };
      await m.update(RefreshTokenEntity, { id: row.id }, { usedAt: () => 'now()' });
      return { ok: true, issued: await this.issue(row.userId, row.familyId, m) };
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
    const row = await this.dataSource.manager.findOneBy(RefreshTokenEntity, { tokenHash: sha256(token) });
    if (row) await this.revokeFamily(row.familyId);
  }

  async revokeFamily(familyId: string): Promise<void> {
    await this.revokeFamilyRows(familyId, this.dataSource.manager);
    await this.sessions.revoke([familyId]);
  }

  private async revokeFamilyRows(familyId: string, manager: EntityManager): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: () => 'now()' })
      .where('family_id = :familyId AND revoked_at IS NULL', { familyId })
      .execute();
  }

  /** Ends every sign-in of the user except `keepFamilyId` (the caller's own session). */
  async revokeAllForUser(userId: string, keepFamilyId?: string): Promise<void> {
    const qb = this.dataSource.manager
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId });
    if (keepFamilyId) qb.andWhere('family_id <> :keepFamilyId', { keepFamilyId });
    const revoked = await qb.returning('family_id').execute();
    await this.sessions.revoke((revoked.raw as Array<{ family_id: string }>).map((r) => r.family_id));
  }
}
