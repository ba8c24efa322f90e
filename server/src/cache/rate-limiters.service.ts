import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, type RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '../config/app-config.js';
import { REDIS_CONNECTION_OPTIONS } from './redis-options.js';

// A sign-in must not wait on a slow Redis: past this a command fails and the in-memory insurance counts.
const REDIS_COMMAND_TIMEOUT_MS = 250;

export interface LimitSpec {
  /** Names the counter in Redis keys: unique per limit. */
  name: string;
  points: number;
  windowSeconds: number;
}

/**
 * Counters in fixed windows (from a key's first hit), built on rate-limiter-flexible. With REDIS_URL
 * they live in Redis, so every replica counts against the same limit; the keys carry CACHE_NAMESPACE,
 * so deployments (and test apps) sharing one Redis never see each other's counts. Each Redis limiter
 * has an in-memory insurance limiter: while Redis is down or slow, counting degrades to per-process
 * limits instead of failing sign-ins (counts are not copied back when Redis returns).
 */
@Injectable()
export class RateLimiters implements OnApplicationShutdown {
  private readonly log = new Logger(RateLimiters.name);
  private readonly redis?: Redis;
  private readonly prefix: string;
  private redisReady = true;

  constructor(config: AppConfig) {
    this.prefix = `${config.env.CACHE_NAMESPACE}:limit`;
    if (!config.env.REDIS_URL) return;
    // No offline queue: while Redis is away a command fails at once and the insurance limiter answers.
    this.redis = new Redis(config.env.REDIS_URL, {
      ...REDIS_CONNECTION_OPTIONS,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
    });
    this.redis.on('error', (e: Error) => this.markRedis(false, e));
    this.redis.on('ready', () => this.markRedis(true));
  }

  get backend(): 'memory' | 'redis' {
    return this.redis ? 'redis' : 'memory';
  }

  create({ name, points, windowSeconds }: LimitSpec): RateLimiterAbstract {
    const keyPrefix = `${this.prefix}:${name}`;
    const memory = new RateLimiterMemory({ keyPrefix, points, duration: windowSeconds });
    if (!this.redis) return memory;
    return new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix,
      points,
      duration: windowSeconds,
      rejectIfRedisNotReady: true,
      insuranceLimiter: memory,
    });
  }

  /** Last, after in-flight requests are answered (Nest runs shutdown hooks after the HTTP server closed). */
  onApplicationShutdown(): void {
    // No QUIT handshake: counters need no flush, and a silent Redis would never answer it.
    this.redis?.disconnect();
  }

  /** Logs each transition once, not every failed command. */
  private markRedis(ready: boolean, error?: Error): void {
    if (ready === this.redisReady) return;
    this.redisReady = ready;
    if (ready) this.log.log('rate limits: Redis reachable again, limits are shared by every replica');
    else this.log.warn(`rate limits: Redis unavailable (${error?.message ?? 'unknown'}), each replica counts its own until it is back`);
  }
}

/** Whole seconds until a limited key is allowed again (at least 1). */
export function retryAfterSeconds(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

/** Seconds until `key` drops below the limiter's points again; 0 while it is under them. */
export async function secondsUntilUnder(limiter: RateLimiterAbstract, key: string): Promise<number> {
  const res = await limiter.get(key);
  return res && res.consumedPoints >= limiter.points ? retryAfterSeconds(res) : 0;
}

/** Counts one hit; resolves with the seconds to wait when that hit is over the limit, else 0. */
export async function consumeOrWait(limiter: RateLimiterAbstract, key: string): Promise<number> {
  try {
    await limiter.consume(key);
    return 0;
  } catch (res) {
    if (res instanceof Error) throw res;
    return retryAfterSeconds(res as RateLimiterRes);
  }
}
