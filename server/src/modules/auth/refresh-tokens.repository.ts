/**
 * Owns `refresh_tokens`. Reaches it ONE way: TypeORM, with `RefreshTokenEntity`
 * (entities/refresh-token.entity.ts) as the row type, through `Db.dataSource` or the caller's
 * `tx.manager`. Why not raw SQL: rotation's row lock (`pessimistic_write`, i.e. FOR UPDATE) runs in a
 * `Db.transaction`, whose statements go through `tx.manager`; staying on TypeORM keeps those
 * statements exactly as they were. Sign-in, refresh and logout are not hot paths; an access token
 * is checked here only while Redis is configured but unreachable (SessionRevocations).
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Db, type Tx } from '../../database/db.js';
import { RefreshTokenEntity } from './entities/refresh-token.entity.js';

export interface NewRefreshToken {
  userId: string;
  familyId: string;
  /** sha256 of the token, hex (the token itself is never stored). */
  tokenHash: string;
  expiresAt: Date;
}

@Injectable()
export class RefreshTokensRepository {
  constructor(private readonly db: Db) {}

  private manager(tx?: Tx): EntityManager {
    return tx?.manager ?? this.db.dataSource.manager;
  }

  async insert(token: NewRefreshToken, tx?: Tx): Promise<void> {
    await this.manager(tx).insert(RefreshTokenEntity, token);
  }

  findByHash(tokenHash: string): Promise<RefreshTokenEntity | null> {
    return this.manager().findOneBy(RefreshTokenEntity, { tokenHash });
  }

  /**
   * Locks the row until `tx` ends, so two concurrent uses of one token see each other: the second
   * waits, then reads the first's `used_at`.
   */
  findByHashForUpdate(tokenHash: string, tx: Tx): Promise<RefreshTokenEntity | null> {
    return tx.manager.createQueryBuilder(RefreshTokenEntity, 't').setLock('pessimistic_write').where('t.tokenHash = :hash', { hash: tokenHash }).getOne();
  }

  async markUsed(id: string, tx?: Tx): Promise<void> {
    await this.manager(tx).update(RefreshTokenEntity, { id }, { usedAt: () => 'now()' });
  }

  /** Whether the sign-in was ended (logout, reuse, password change revoke every token of the family). One index read. */
  async isFamilyRevoked(familyId: string): Promise<boolean> {
    return this.manager().createQueryBuilder(RefreshTokenEntity, 't').where('t.familyId = :familyId AND t.revokedAt IS NOT NULL', { familyId }).getExists();
  }

  /** Revokes the family's tokens not yet revoked. */
  async revokeFamily(familyId: string, tx?: Tx): Promise<void> {
    await this.manager(tx)
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: () => 'now()' })
      .where('family_id = :familyId AND revoked_at IS NULL', { familyId })
      .execute();
  }

  /** Revokes the user's tokens not yet revoked, except `keepFamilyId`'s; returns the family of each revoked token. */
  async revokeAllForUser(userId: string, keepFamilyId?: string, tx?: Tx): Promise<string[]> {
    const qb = this.manager(tx)
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId });
    if (keepFamilyId) qb.andWhere('family_id <> :keepFamilyId', { keepFamilyId });
    const revoked = await qb.returning('family_id').execute();
    return (revoked.raw as Array<{ family_id: string }>).map((r) => r.family_id);
  }
}
