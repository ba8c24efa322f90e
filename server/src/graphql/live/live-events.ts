import { Global, Inject, Injectable, Module, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { AppConfig } from '../../config/app-config.js';
import type { NodeStatus, NodeStatusDetails, NodeStatusRule } from '../../network/node-status.js';
import { ROOT_LOGGER } from '../../logging/logging.module.js';
import { createLiveEngine, type LiveEngine } from './live-engine.js';

/** Per-user topics: a subscriber only ever listens to its own user's topic. */
export const alertTopic = (userId: string) => `alert:${userId}`;
export const nodeStatusTopic = (userId: string) => `node-status:${userId}`;
export const dashboardTopic = (userId: string) => `dashboard:${userId}`;
/** Admins see every tracked node (admin lists, any node's page), so they listen to these instead. */
export const allNodeStatusTopic = 'node-status:*';
export const allDashboardsTopic = 'dashboard:*';
/**
 * A refresh's signal, one for every customer: it names no one and carries no data (each page
 * refetches its own, scoped by its token). One per refresh rather than one per owner: at 10,000
 * owners those were 10,000 messages a refresh, ~120 MB of allocations in a 10k-host refresh.
 */
export const refreshedTopic = 'dashboard:refreshed';

/**
 * The one publisher of live updates (issue #14): in process, or through Redis pub/sub when
 * REDIS_URL is set (live-engine.ts), so every replica's subscribers get every replica's events.
 * Payloads are plain JSON for that reason (dates as ISO strings).
 */
@Injectable()
export class LiveEvents implements OnModuleInit, OnModuleDestroy {
  private readonly live: LiveEngine;
  private readonly published = new Map<string, Set<() => void>>();

  constructor(config: AppConfig, @Inject(ROOT_LOGGER) log: Logger) {
    this.live = createLiveEngine(config.env.REDIS_URL, config.env.CACHE_NAMESPACE, log);
  }

  /** Waits briefly for Redis so the first events after start are not dropped; never blocks start on an outage. */
  async onModuleInit(): Promise<void> {
    await this.live.ready(2000);
  }

  async onModuleDestroy(): Promise<void> {
    await this.live.close();
  }

  /** Never throws into the caller: a live update is best-effort, the stored data is the truth. */
  async publish(topic: string, payload: unknown): Promise<void> {
    for (const listener of this.published.get(topic) ?? []) listener();
    await this.live.engine.publish(this.live.prefix + topic, payload).catch(() => undefined);
  }

  /**
   * Runs `listener` synchronously whenever this process publishes on `topic`, before the engine
   * carries the event anywhere: a cache of this process is then cleared before the publisher's
   * request answers, also when the event travels through Redis (other replicas get it through
   * `asyncIterator`). Returns the unsubscribe.
   */
  onPublished(topic: string, listener: () => void): () => void {
    const listeners = this.published.get(topic) ?? new Set<() => void>();
    this.published.set(topic, listeners);
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  asyncIterator<T>(topics: string | string[]): AsyncIterableIterator<T> {
    const prefixed = (Array.isArray(topics) ? topics : [topics]).map((t) => this.live.prefix + t);
    return this.live.engine.asyncIterableIterator<T>(prefixed);
  }
}

/** What `nodeStatusChanged` carries: plain JSON (ids, codes, an ISO time) so a Redis engine can carry it too. */
export interface NodeStatusEvent {
  nodeId: string;
  status: NodeStatus;
  previousStatus: NodeStatus | null;
  /** The rule's wording of the new status, as Node.statusHistory gives it. */
  reason: string | null;
  /** The rule's code and figures (plain JSON), as Node.statusHistory gives them. */
  rule?: NodeStatusRule | null;
  details?: NodeStatusDetails | null;
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
  rule?: NodeStatusRule | null;
  details?: NodeStatusDetails | null;
}

/** The domain's words for what happened, turned into topics and payloads in one place. */
@Injectable()
export class LivePublisher {
  constructor(private readonly events: LiveEvents) {}

  /** After a successful refresh: each change to its owner (and admins), then one refresh signal to everyone. */
  async refreshed(changes: readonly OwnedStatusChange[], at = new Date()): Promise<void> {
    for (const c of changes) {
      const payload: NodeStatusEvent = {
        nodeId: c.nodeId,
        status: c.status,
        previousStatus: c.previousStatus,
        reason: c.reason,
        rule: c.rule ?? null,
        details: c.details ?? null,
        at: at.toISOString(),
      };
      await this.events.publish(nodeStatusTopic(c.ownerId), payload);
      await this.events.publish(allNodeStatusTopic, payload);
    }
    const signal: DashboardEvent = { reason: 'refresh', at: at.toISOString() };
    await this.events.publish(refreshedTopic, signal);
    await this.events.publish(allDashboardsTopic, signal);
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
