import { Global, Injectable, Module } from '@nestjs/common';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';

/** Per-user topics: a subscriber only ever listens to its own user's topic. */
export const alertTopic = (userId: string) => `alert:${userId}`;
export const nodeStatusTopic = (userId: string) => `node-status:${userId}`;
export const dashboardTopic = (userId: string) => `dashboard:${userId}`;

/**
 * The one publisher of live updates (issue #14). In-process `PubSub` today; the scale-out issue
 * swaps the engine for a Redis one (graphql-redis-subscriptions implements the same
 * PubSubEngine), so publishers and subscription resolvers do not change.
 */
@Injectable()
export class LiveEvents {
  private readonly engine: PubSubEngine = new PubSub();

  /** Never throws into the caller: a live update is best-effort, the stored data is the truth. */
  async publish(topic: string, payload: unknown): Promise<void> {
    await this.engine.publish(topic, payload).catch(() => undefined);
  }

  asyncIterator<T>(topics: string | string[]): AsyncIterableIterator<T> {
    return this.engine.asyncIterableIterator<T>(topics);
  }
}

@Global()
@Module({ providers: [LiveEvents], exports: [LiveEvents] })
export class LiveEventsModule {}
