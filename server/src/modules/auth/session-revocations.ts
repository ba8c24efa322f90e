import { Injectable, Logger } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { CacheService } from '../../cache/cache.service.js';
import { AppConfig } from '../../config/app-config.js';
import { RefreshTokensRepository } from './refresh-tokens.repository.js';

/** How long a replica trusts "this session is not revoked" before asking the shared store again. */
export const REVOCATION_RECHECK_MS = 1000;
// Entries outlive the longest access token by this much (clock differences between replicas).
const TTL_MARGIN_SECONDS = 60;

const keyOf = (sessionId: string) => `auth:session-revoked:${sessionId}`;

/**
 * Ended sign-in sessions (refresh-token families), so their access tokens stop at once instead of
 * living out their TTL. The record of an ended session is PostgreSQL's (every refresh token of the
 * family is revoked there first); the per-request check reads the shared cache (memory, and Redis when
 * configured), where each revocation is also written for the access-token lifetime.
 *
 * A session confirmed live is trusted for REVOCATION_RECHECK_MS, so the store sees at most one read
 * per active session per second. Revocations made in this process are seen at once; those made by
 * another replica within REVOCATION_RECHECK_MS through Redis. While REDIS_URL is set but Redis is
 * unreachable, the check asks PostgreSQL instead (one index read per active session per second), so
 * a revocation still reaches every replica; what Redis missed meanwhile is written once it is back.
 * Without REDIS_URL (one process) the memory cache is bounded (LRU): only a flood of over 100,000
 * newer entries within one token lifetime could push a revocation out.
 */
@Injectable()
export class SessionRevocations {
  private readonly log = new Logger(SessionRevocations.name);
  private readonly ttlMs: number;
  private readonly confirmedLive = new LRUCache<string, true>({ max: 100_000, ttl: REVOCATION_RECHECK_MS });
  // Bumped by every revocation: a check that was in flight meanwhile must not mark its session live.
  private generation = 0;
  // Revocations made while Redis was unreachable (session → when its entry may go), written once it is back.
  private readonly unshared = new Map<string, number>();

  constructor(
    private readonly cache: CacheService,
    private readonly tokens: RefreshTokensRepository,
    config: AppConfig,
  ) {
    this.ttlMs = (config.env.ACCESS_TOKEN_TTL_SECONDS + TTL_MARGIN_SECONDS) * 1000;
  }

  /** After the families' refresh tokens were revoked in PostgreSQL. Waits for Redis, so other replicas see it once this returns. */
  async revoke(sessionIds: Iterable<string>): Promise<void> {
    this.generation++;
    const ids = [...new Set(sessionIds)];
    for (const sessionId of ids) this.confirmedLive.delete(sessionId);
    const shared = await Promise.all(ids.map((sessionId) => this.cache.setShared(keyOf(sessionId), true, this.ttlMs)));
    if (this.cache.backend !== 'redis' || !shared.includes(false)) return;
    this.log.warn('session revocation not written to Redis; replicas read it from PostgreSQL until Redis is back');
    for (const [i, sessionId] of ids.entries()) if (!shared[i]) this.unshared.set(sessionId, Date.now() + this.ttlMs);
  }

  async isRevoked(sessionId: string): Promise<boolean> {
    if (this.unshared.size > 0 && this.cache.isShared) void this.shareMissed();
    if (this.confirmedLive.has(sessionId)) return false;
    const generation = this.generation;
    if (await this.cache.get<true>(keyOf(sessionId), { countLookup: false })) return true;
    if (this.cache.backend === 'redis' && !this.cache.isShared && (await this.revokedInDatabase(sessionId))) {
      await this.cache.set(keyOf(sessionId), true, this.ttlMs);
      return true;
    }
    if (generation === this.generation) this.confirmedLive.set(sessionId, true);
    return false;
  }

  /** Writes the revocations Redis missed, so replicas that trust Redis again see them. */
  private async shareMissed(): Promise<void> {
    for (const [sessionId, until] of [...this.unshared]) {
      this.unshared.delete(sessionId);
      const ttlMs = until - Date.now();
      if (ttlMs > 0 && !(await this.cache.setShared(keyOf(sessionId), true, ttlMs))) this.unshared.set(sessionId, until);
    }
  }

  /** PostgreSQL unreachable too: whatever the request needs fails on its own; the session is not refused for it. */
  private async revokedInDatabase(sessionId: string): Promise<boolean> {
    try {
      return await this.tokens.isFamilyRevoked(sessionId);
    } catch {
      return false;
    }
  }
}
