import { Injectable, Logger } from '@nestjs/common';
import { CacheService } from './cache.service.js';
import { SingleFlight } from '../common/single-flight.js';
import { AppConfig } from '../config/app-config.js';
import { MetricsService } from '../metrics/metrics.service.js';

export interface Cached<T> {
  value: T;
  fetchedAt: Date;
  /** True when older than the TTL (a refresh is under way or the upstream is failing). */
  stale: boolean;
}

/**
 * After a failed refresh, stale reads of that key start no new background refresh for this long:
 * while an upstream is down every read finds the entry stale, and without a pause each would start
 * another attempt (cheap once the breakers are open, but still a failed fetch and a warning per
 * read). Misses and explicit refreshes (the refresher) are not held back.
 */
export const STALE_REFRESH_PAUSE_AFTER_FAILURE_MS = 5_000;

/**
 * Stale-while-revalidate over the shared cache, with single-flight: within one process, concurrent
 * readers of a missing or expired resource share one fetch; an expired entry is served (marked
 * stale) while one refresh runs; a failed refresh keeps the last good value.
 */
@Injectable()
export class CachedResourceService {
  private readonly log = new Logger(CachedResourceService.name);
  private readonly inFlight = new SingleFlight();
  private readonly ttlMs: number;
  readonly lastErrors = new Map<string, { at: Date; message: string }>();

  constructor(
    private readonly cache: CacheService,
    private readonly metrics: MetricsService,
    config: AppConfig,
  ) {
    this.ttlMs = config.env.CACHE_TTL_SECONDS * 1000;
  }

  /** `ttlMs: Infinity` for immutable resources (settled epochs). */
  async get<T>(key: string, fetch: () => Promise<T>, ttlMs = this.ttlMs): Promise<Cached<T>> {
    const entry = await this.cache.get<T>(key);
    const resource = key.split(':').slice(0, 3).join(':');
    if (entry) {
      const stale = Date.now() - entry.storedAt > ttlMs;
      this.metrics.cacheLookups.inc({ resource, result: stale ? 'stale' : 'fresh' });
      if (stale && !this.pausedAfterFailure(key)) void this.refresh(key, fetch).catch(() => undefined);
      return { value: entry.value, fetchedAt: new Date(entry.storedAt), stale };
    }
    this.metrics.cacheLookups.inc({ resource, result: 'miss' });
    return this.refresh(key, fetch, ttlMs);
  }

  private pausedAfterFailure(key: string): boolean {
    const failed = this.lastErrors.get(key);
    return failed !== undefined && Date.now() - failed.at.getTime() < STALE_REFRESH_PAUSE_AFTER_FAILURE_MS;
  }

  /** Resolves once no fetch is in flight (background refreshes included): for tests and benchmarks. */
  settled(): Promise<void> {
    return this.inFlight.settled();
  }

  /**
   * Fetches now (sharing an in-flight fetch) and stores the result. With `freshFor`, a reader whose
   * miss raced a fetch that has just finished gets that result instead of fetching again.
   */
  refresh<T>(key: string, fetch: () => Promise<T>, freshFor?: number): Promise<Cached<T>> {
    return this.inFlight.run(key, async (): Promise<Cached<T>> => {
      try {
        if (freshFor !== undefined) {
          const entry = await this.cache.get<T>(key);
          if (entry && Date.now() - entry.storedAt <= freshFor) {
            return { value: entry.value, fetchedAt: new Date(entry.storedAt), stale: false };
          }
        }
        const value = await fetch();
        const stored = await this.cache.set(key, value);
        this.lastErrors.delete(key);
        return { value, fetchedAt: new Date(stored.storedAt), stale: false };
      } catch (e) {
        this.lastErrors.set(key, { at: new Date(), message: (e as Error).message });
        this.log.warn(`refresh of ${key} failed: ${(e as Error).message}`);
        throw e;
      }
    });
  }
}
