import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import Keyv from 'keyv';
import KeyvRedis, { createClient } from '@keyv/redis';
import { LRUCache } from 'lru-cache';
import { AppConfig } from '../config/app-config.js';

/** What the cache stores: the value plus when it was written, so callers can tell stale from fresh. */
export interface CacheEntry<T> {
  value: T;
  storedAt: number;
}

// Redis must never slow a request down: past this, a read counts as a miss.
const REDIS_OP_TIMEOUT_MS = 150;
// Entries outlive their TTL this many times so an outage can still serve stale data.
const STALE_RETENTION_FACTOR = 30;

/**
 * The one cache: memory (L1, bounded LRU) in front of Redis (L2) when REDIS_URL is set.
 * Every Redis call is bounded by a timeout and its failure is a miss, so an outage only costs hit
 * rate. Keys are namespaced by the caller (`gonka:participants`, `node:{identifier}:stats`, …).
 */
@Injectable()
export class CacheService implements OnModuleDestroy {
  private readonly log = new Logger(CacheService.name);
  // L1 holds the entry objects themselves: no serialization on the hot path (a JSON round trip of
  // the network view per request was the largest single cost under load). Entries are frozen so a
  // caller cannot change what the next request reads.
  private readonly memory: LRUCache<string, CacheEntry<unknown>>;
  private readonly redis?: Keyv<CacheEntry<unknown>>;
  private readonly redisClient?: ReturnType<typeof createClient>;
  private redisHealthy = true;
  readonly stats = { hits: 0, misses: 0, redisErrors: 0 };

  constructor(config: AppConfig) {
    const ttlMs = config.env.CACHE_TTL_SECONDS * 1000;
    this.memory = new LRUCache<string, CacheEntry<unknown>>({ max: 100_000, ttl: ttlMs * STALE_RETENTION_FACTOR });
    if (config.env.REDIS_URL) {
      // No offline queue: while Redis is down commands fail at once instead of piling up.
      this.redisClient = createClient({
        url: config.env.REDIS_URL,
        disableOfflineQueue: true,
        socket: { connectTimeout: 1000, reconnectStrategy: (n: number) => Math.min(200 * 2 ** n, 5000) },
      });
      this.redisClient.on('error', (e: Error) => this.markRedis(false, e));
      this.redisClient.on('ready', () => this.markRedis(true));
      const store = new KeyvRedis(this.redisClient, { throwOnConnectError: false, throwOnErrors: true });
      // Entries are plain JSON (no Buffer, no bigint): the engine's JSON.stringify/parse, not keyv's
      // default serializer, which concatenates the JSON field by field in JavaScript (the network
      // view: ~0.5 s of CPU and tens of MB of garbage per refresh at 10,000 hosts; bench/scale.mjs).
      this.redis = new Keyv<CacheEntry<unknown>>({
        store,
        namespace: config.env.CACHE_NAMESPACE,
        throwOnErrors: true,
        serialize: JSON.stringify,
        deserialize: JSON.parse,
      });
      this.redis.on('error', () => undefined);
      this.redisClient.connect().catch((e: Error) => this.markRedis(false, e));
    }
  }

  get backend(): 'memory' | 'redis' {
    return this.redis ? 'redis' : 'memory';
  }

  get isRedisHealthy(): boolean {
    return !this.redis || this.redisHealthy;
  }

  /** Whether an entry set now reaches every replica (Redis configured and connected). */
  get isShared(): boolean {
    return !!this.redisClient?.isReady && this.redisHealthy;
  }

  /** `countLookup: false` keeps a look-up out of the hit-rate figures (for checks that mostly miss by design). */
  async get<T>(key: string, { countLookup = true } = {}): Promise<CacheEntry<T> | undefined> {
    let entry = this.memory.get(key) as CacheEntry<T> | undefined;
    if (!entry && this.redis) {
      const shared = (await this.redisCall(() => this.redis!.get(key))) as CacheEntry<T> | undefined;
      if (shared) {
        entry = deepFreeze(shared);
        this.memory.set(key, entry);
      }
    }
    if (!countLookup) return entry;
    if (entry) this.stats.hits++;
    else this.stats.misses++;
    return entry;
  }

  /**
   * A copy of `key` at most `maxAgeMs` old: memory's, else Redis's — another replica may have just
   * refreshed it while this one's memory copy aged — taken into memory. Undefined when neither is.
   */
  async getFresh<T>(key: string, maxAgeMs: number): Promise<CacheEntry<T> | undefined> {
    const now = Date.now();
    const local = this.memory.get(key) as CacheEntry<T> | undefined;
    if (local && now - local.storedAt <= maxAgeMs) return local;
    if (!this.redis) return undefined;
    const shared = (await this.redisCall(() => this.redis!.get(key))) as CacheEntry<T> | undefined;
    if (!shared || now - shared.storedAt > maxAgeMs) return undefined;
    const entry = deepFreeze(shared);
    this.memory.set(key, entry);
    return entry;
  }

  /**
   * The newer of memory's and Redis's copies of `key`, for facts any replica may have written last
   * (the last refresh's report): memory alone would keep this replica's own, older copy.
   */
  async latest<T>(key: string): Promise<CacheEntry<T> | undefined> {
    const local = this.memory.get(key) as CacheEntry<T> | undefined;
    const shared = this.redis ? ((await this.redisCall(() => this.redis!.get(key))) as CacheEntry<T> | undefined) : undefined;
    if (!shared || (local && local.storedAt >= shared.storedAt)) return local;
    return deepFreeze(shared);
  }

  /** `storedAt` defaults to now; an entry copied from elsewhere keeps its original age. */
  async set<T>(key: string, value: T, ttlMs?: number, storedAt = Date.now()): Promise<CacheEntry<T>> {
    const entry: CacheEntry<T> = deepFreeze({ value, storedAt });
    this.memory.set(key, entry, ttlMs === undefined ? undefined : { ttl: ttlMs });
    // Fire and forget: a slow Redis must not hold the caller.
    if (this.redis) void this.redisCall(() => this.redis!.set(key, entry, ttlMs));
    return entry;
  }

  /** Like set, but waits for Redis: true once every replica can read the entry (false without or without reaching Redis). */
  async setShared<T>(key: string, value: T, ttlMs?: number): Promise<boolean> {
    const entry: CacheEntry<T> = deepFreeze({ value, storedAt: Date.now() });
    this.memory.set(key, entry, ttlMs === undefined ? undefined : { ttl: ttlMs });
    if (!this.redis) return false;
    return (await this.redisCall(() => this.redis!.set(key, entry, ttlMs))) === true;
  }

  async delete(key: string): Promise<void> {
    this.memory.delete(key);
    if (this.redis) await this.redisCall(() => this.redis!.delete(key));
  }

  /** Readiness probe: memory always; Redis when configured (reported, never fatal to requests). */
  async ping(): Promise<boolean> {
    if (!this.redisClient) return true;
    const pong = await this.redisCall(() => this.redisClient!.ping());
    return pong === 'PONG';
  }

  async onModuleDestroy(): Promise<void> {
    const client = this.redisClient;
    if (!client?.isOpen) return;
    // A client stuck reconnecting never finishes close(); destroy() stops its retry loop.
    if (client.isReady) await client.close().catch(() => client.destroy());
    else client.destroy();
  }

  private async redisCall<R>(op: () => Promise<R>): Promise<R | undefined> {
    if (!this.redisClient?.isReady) return undefined;
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`redis timed out after ${REDIS_OP_TIMEOUT_MS} ms`)), REDIS_OP_TIMEOUT_MS);
      });
      return await Promise.race([op(), timeout]);
    } catch (e) {
      this.stats.redisErrors++;
      this.markRedis(false, e as Error);
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Logs each transition once, not every failed call. */
  private markRedis(healthy: boolean, error?: Error): void {
    if (healthy === this.redisHealthy) return;
    this.redisHealthy = healthy;
    if (healthy) this.log.log('cache: Redis reachable again, using it as shared cache');
    else this.log.warn(`cache: Redis unavailable (${error?.message ?? 'unknown'}), serving from memory only`);
  }
}

/** Freezes plain objects and arrays all the way down (cached values are shared across requests). */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
