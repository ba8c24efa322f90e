import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { CacheService } from '../../cache/cache.service.js';
import { AppConfig } from '../../config/app-config.js';

/** How long a replica trusts "this session is not revoked" before asking the shared cache again. */
export const REVOCATION_RECHECK_MS = 1000;
// Entries outlive the longest access token by this much (clock differences between replicas).
const TTL_MARGIN_SECONDS = 60;

const keyOf = (sessionId: string) => `auth:session-revoked:${sessionId}`;

/**
 * Ended sign-in sessions (refresh-token families), so their access tokens stop at once instead of
 * living out their TTL. Entries sit in the shared cache (memory, and Redis when configured) for the
 * access-token lifetime; after that every token of the session has expired anyway.
 *
 * The per-request check never touches PostgreSQL: a session confirmed live is trusted for
 * REVOCATION_RECHECK_MS, so Redis sees at most one read per active session per second. Revocations
 * made in this process are seen at once; those made by another replica within REVOCATION_RECHECK_MS
 * through Redis. While Redis is down a revocation reaches only the process that made it (refresh
 * tokens are refused everywhere, from PostgreSQL). Without Redis the memory cache is bounded (LRU):
 * only a flood of over 100,000 newer entries within one token lifetime could push a revocation out.
 */
@Injectable()
export class SessionRevocations {
  private readonly ttlMs: number;
  private readonly confirmedLive = new LRUCache<string, true>({ max: 100_000, ttl: REVOCATION_RECHECK_MS });
  // Bumped by every revocation: a check that was in flight meanwhile must not mark its session live.
  private generation = 0;

  constructor(
    private readonly cache: CacheService,
    config: AppConfig,
  ) {
    this.ttlMs = (config.env.ACCESS_TOKEN_TTL_SECONDS + TTL_MARGIN_SECONDS) * 1000;
  }

  async revoke(sessionIds: Iterable<string>): Promise<void> {
    this.generation++;
    for (const sessionId of new Set(sessionIds)) {
      this.confirmedLive.delete(sessionId);
      await this.cache.set(keyOf(sessionId), true, this.ttlMs);
    }
  }

  async isRevoked(sessionId: string): Promise<boolean> {
    if (this.confirmedLive.has(sessionId)) return false;
    const generation = this.generation;
    if (await this.cache.get<true>(keyOf(sessionId), { countLookup: false })) return true;
    if (generation === this.generation) this.confirmedLive.set(sessionId, true);
    return false;
  }
}
