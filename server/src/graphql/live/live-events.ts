import { Global, Injectable, Module } from '@nestjs/common';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import type { NodeStatus } from '../../network/node-status.js';

/** Per-user topics: a subscriber only ever listens to its own user's topic. */
export const alertTopic = (userId: string) => `alert:${userId}`;
export const nodeStatusTopic = (userId: string) => `node-status:${userId}`;
export const dashboardTopic = (userId: string) => `dashboard:${userId}`;
/** Admins see every tracked node (admin lists, any node's page), so they listen to these instead. */
export const allNodeStatusTopic = 'node-status:*';
export const allDashboardsTopic = 'dashboard:*';

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

/** What `nodeStatusChanged` carries: plain JSON (ids, codes, an ISO time) so a Redis engine can carry it too. */
export interface NodeStatusEvent {
  nodeId: string;
  status: NodeStatus;
  previousStatus: NodeStatus | null;
  /** The rule's wording of the new status, as Node.statusHistory gives it. */
  reason: string | null;
  at: string;
}

/** What `dashboardChanged` carries: a reason code; the page refetches its own query. */
export interface DashboardEvent {
  reason: 'refresh' | 'node-assigned' | 'node-unassigned';
  at: string;
}

/** One status change the refresher recorded, with the node's owner (the topic it goes to). */
export interface OwnedStatusChange {
  nodeId: string;
  ownerId: string;
  status: NodeStatus;
  previousStatus: NodeStatus | null;
  reason: string | null;
}

/** The domain's words for what happened, turned into topics and payloads in one place. */
@Injectable()
export class LivePublisher {
  constructor(private readonly events: LiveEvents) {}

  /** After a successful refresh: each change to its owner (and admins), then one signal per owner with tracked nodes. */
  async refreshed(ownerIds: Iterable<string>, changes: readonly OwnedStatusChange[], at = new Date()): Promise<void> {
    for (const c of changes) {
      const payload: NodeStatusEvent = { nodeId: c.nodeId, status: c.status, previousStatus: c.previousStatus, reason: c.reason, at: at.toISOString() };
      await this.events.publish(nodeStatusTopic(c.ownerId), payload);
      await this.events.publish(allNodeStatusTopic, payload);
    }
    await this.dashboardChanged(ownerIds, 'refresh', at);
  }

  /** A customer's set of nodes (or their data) changed: their pages refetch; admins' too. */
  async dashboardChanged(ownerIds: Iterable<string>, reason: DashboardEvent['reason'], at = new Date()): Promise<void> {
    const payload: DashboardEvent = { reason, at: at.toISOString() };
    for (const ownerId of new Set(ownerIds)) await this.events.publish(dashboardTopic(ownerId), payload);
    await this.events.publish(allDashboardsTopic, payload);
  }
}

@Global()
@Module({ providers: [LiveEvents, LivePublisher], exports: [LiveEvents, LivePublisher] })
export class LiveEventsModule {}
