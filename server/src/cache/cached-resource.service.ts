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
 * A resource a periodic job refreshes every TTL (the network view: the refresher) is left to that
 * job for this share of a TTL more before readers revalidate it themselves. The job's run starts up
 * to a quarter TTL after its slot opens (offers every quarter period, 2 s polling), so a copy the
 * last run stored can expire before the next run: with several replicas every replica's readers
 * then fetched it at that moment, each on its own (bench/drills/replicas.mjs, check a).
 */
export const PERIODIC_REVALIDATION_GRACE = 0.5;

export interface ReadOptions {
  /** Refreshed by a periodic job every TTL: readers revalidate it only once that job is late. */
  periodic?: boolean;
}

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
  async get<T>(key: string, fetch: () => Promise<T>, ttlMs = this.ttlMs, { periodic = false }: ReadOptions = {}): Promise<Cached<T>> {
    const entry = await this.cache.get<T>(key);
    const resource = key.split(':').slice(0, 3).join(':');
    if (entry) {
      const age = Date.now() - entry.storedAt;
      const stale = age > ttlMs;
      this.metrics.cacheLookups.inc({ resource, result: stale ? 'stale' : 'fresh' });
      const revalidate = periodic ? age > ttlMs * (1 + PERIODIC_REVALIDATION_GRACE) : stale;
      // Revalidated with `freshFor`: a copy another replica refreshed meanwhile (in Redis) is taken as is.
      if (revalidate && !this.pausedAfterFailure(key)) void this.refresh(key, fetch, ttlMs).catch(() => undefined);
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
   * Fetches now (sharing an in-flight fetch) and stores the result. With `freshFor`, a copy at most
   * that old is used instead of fetching: one a reader's miss raced here, or one another replica
   * refreshed into Redis while this replica's memory copy went stale (issue #17: with 3 replicas each
   * revalidated the network view itself, 26 upstream calls a TTL window instead of 14). Readers share
   * their own flight; a forced refresh (no `freshFor`, the refresher) only ever joins a real fetch.
   */
  refresh<T>(key: string, fetch: () => Promise<T>, freshFor?: number): Promise<Cached<T>> {
    if (freshFor === undefined) return this.fetchAndStore(key, fetch);
    return this.inFlight.run(`${key}\u0000read`, async (): Promise<Cached<T>> => {
      const entry = await this.cache.getFresh<T>(key, freshFor);
      if (entry) return { value: entry.value, fetchedAt: new Date(entry.storedAt), stale: false };
      return this.fetchAndStore(key, fetch);
    });
  }

  private fetchAndStore<T>(key: string, fetch: () => Promise<T>): Promise<Cached<T>> {
    return this.inFlight.run(key, async (): Promise<Cached<T>> => {
      try {
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
