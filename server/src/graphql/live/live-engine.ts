import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { REDIS_CONNECTION_OPTIONS } from '../../cache/redis-options.js';

/** The pub/sub engine behind LiveEvents and how to stop it. */
export interface LiveEngine {
  engine: PubSubEngine;
  /** Topics of this deployment, so several deployments can share one Redis (CACHE_NAMESPACE). */
  prefix: string;
  /** Resolves once the engine can publish (at once in process; Redis: connected, or given up after `ms`). */
  ready(ms: number): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * In process without REDIS_URL; with it, Redis pub/sub (graphql-redis-subscriptions over ioredis),
 * so an event published on one replica reaches the subscribers of every replica.
 */
export function createLiveEngine(redisUrl: string | undefined, namespace: string, log: Logger): LiveEngine {
  if (!redisUrl) {
    return { engine: new PubSub(), prefix: '', ready: async () => true, close: async () => undefined };
  }
  const base = REDIS_CONNECTION_OPTIONS;
  // The publisher queues nothing while Redis is down: a live update is best-effort and must never
  // hold up the refresh or the transaction that publishes it.
  const publisher = new Redis(redisUrl, { ...base, enableOfflineQueue: false, maxRetriesPerRequest: 0 });
  // The subscriber queues its SUBSCRIBEs until connected and re-subscribes after a reconnect.
  const subscriber = new Redis(redisUrl, { ...base, maxRetriesPerRequest: null, autoResubscribe: true });
  // RedisPubSub drops the promise of each UNSUBSCRIBE it sends when a subscription ends: one queued
  // while Redis is unreachable fails with "Connection is closed" at shutdown, an unhandled rejection.
  for (const command of ['unsubscribe', 'punsubscribe'] as const) {
    const send = subscriber[command].bind(subscriber) as (...channels: string[]) => Promise<unknown>;
    Object.assign(subscriber, { [command]: (...channels: string[]) => send(...channels).catch(() => 0) });
  }
  let warned = false;
  for (const client of [publisher, subscriber]) {
    client.on('error', (err: Error) => {
      if (!warned) log.warn({ err: err.message }, 'live updates: Redis pub/sub unreachable; pages fall back to polling until it is back');
      warned = true;
    });
    client.on('ready', () => {
      warned = false;
    });
  }
  return {
    engine: new RedisPubSub({ publisher, subscriber }),
    prefix: `${namespace}:live:`,
    ready: (ms) =>
      publisher.status === 'ready'
        ? Promise.resolve(true)
        : new Promise((resolve) => {
            const timer = setTimeout(() => resolve(false), ms);
            publisher.once('ready', () => {
              clearTimeout(timer);
              resolve(true);
            });
          }),
    // No QUIT handshake: pub/sub keeps no state to flush, and a silent Redis would never answer it.
    close: async () => {
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}
