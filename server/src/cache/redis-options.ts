import type { RedisOptions } from 'ioredis';

/**
 * What every ioredis connection of the app shares: fail the first connect within a second, then
 * reconnect with a capped backoff for as long as Redis is away (the app keeps serving meanwhile).
 */
export const REDIS_CONNECTION_OPTIONS: RedisOptions = {
  connectTimeout: 1000,
  retryStrategy: (attempt) => Math.min(200 * 2 ** attempt, 5000),
};
