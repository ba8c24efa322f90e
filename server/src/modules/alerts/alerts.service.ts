import { Inject, Injectable } from '@nestjs/common';
import { BadUserInput, NotFound } from '../../common/domain-error.js';
import { UUID } from '../../common/parse-id.pipe.js';
import { Db, type Tx } from '../../database/db.js';
import { PAGE_SIZE_DEFAULT, type ConnectionResult } from '../../graphql/connection.js';
import { alertTopic, LiveEvents } from '../../graphql/live/live-events.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { Node } from '../nodes/dto/node.model.js';
import { toNodeModel } from '../nodes/node.mapper.js';
import { NodesRepository } from '../nodes/nodes.repository.js';
import { NOTIFICATION_OUTBOX, type NotificationOutbox } from '../notifications/notification.types.js';
import type { AlertRecord, DeliveryEvent, RaiseAlert } from './alert.types.js';
import { AlertsRepository, type AlertFilter } from './alerts.repository.js';
import { NodeMutesRepository } from './alert-conditions.repository.js';
import { AlertRemindersRepository } from './alert-reminders.repository.js';

/** A mute longer than this is a mistake (or "forever", which is what leaving the node is for). */
export const MAX_MUTE_DAYS = 366;

/**
 * The alerts domain's rules: one open alert per recipient and key, deliveries enqueued in the same
 * transaction as the alert (none while its node is muted), and a live push once it committed.
 */
@Injectable()
export class AlertsService {
  constructor(
    private readonly db: Db,
    private readonly alerts: AlertsRepository,
    private readonly mutes: NodeMutesRepository,
    private readonly reminders: AlertRemindersRepository,
    private readonly nodes: NodesRepository,
    private readonly live: LiveEvents,
    // Provided by the delivery part of NotificationsModule (issue #14, DELIV); optional until then.
    @Inject(NOTIFICATION_OUTBOX) private readonly outbox: NotificationOutbox,
  ) {}

  /** Opens an alert; null when one with its key is open already (or a one-shot key was raised before). */
  raise(input: RaiseAlert, tx?: Tx): Promise<AlertRecord | null> {
    return this.within(tx, async (t) => {
      const alert = await this.alerts.insert(input, t);
      if (alert) await this.notify(t, alert, 'OPEN');
      return alert;
    });
  }

  /** Resolves the open alert with this key (recovery notice unless muted); null when none was open. */
  resolve(userId: string, dedupeKey: string, tx?: Tx): Promise<AlertRecord | null> {
    return this.within(tx, async (t) => {
      const alert = await this.alerts.resolve(userId, dedupeKey, t);
      if (alert) await this.notify(t, alert, 'RESOLVED');
      return alert;
    });
  }

  /** A reminder of a still-open alert (same transaction rules as raise). */
  async remind(alerts: readonly AlertRecord[]): Promise<void> {
    if (alerts.length === 0) return;
    await this.db.transaction(async (t) => {
      for (const alert of alerts) await this.outbox.enqueue(t, alert, 'REMINDER');
      await this.reminders.markReminded(
        alerts.map((a) => a.id),
        t,
      );
    });
  }

  async acknowledge(user: AuthUser, id: string): Promise<AlertRecord> {
    if (!UUID.test(id)) throw new NotFound('Alert');
    const alert = await this.alerts.acknowledge(user.id, id);
    if (!alert) throw new NotFound('Alert');
    void this.live.publish(alertTopic(user.id), alert);
    return alert;
  }

  acknowledgeAll(user: AuthUser): Promise<number> {
    return this.alerts.acknowledgeAll(user.id);
  }

  list(user: AuthUser, filter: AlertFilter, first = PAGE_SIZE_DEFAULT, after?: string): Promise<ConnectionResult<AlertRecord>> {
    // A malformed node id matches nothing (it is a filter, not a lookup).
    if (filter.nodeId && !UUID.test(filter.nodeId))
      return this.alerts.page(user.id, { ...filter, nodeId: '00000000-0000-0000-0000-000000000000' }, first, after);
    return this.alerts.page(user.id, filter, first, after);
  }

  unreadCount(user: AuthUser): Promise<number> {
    return this.alerts.unreadCount(user.id);
  }

  async mute(user: AuthUser, nodeId: string, until: Date): Promise<Node> {
    const node = await this.visibleNode(user, nodeId);
    const now = Date.now();
    if (!(until.getTime() > now)) throw new BadUserInput('until', 'until must be in the future', 'NOT_IN_FUTURE');
    if (until.getTime() - now > MAX_MUTE_DAYS * 86_400_000)
      throw new BadUserInput('until', `until must be within ${MAX_MUTE_DAYS} days`, 'TOO_FAR', { days: MAX_MUTE_DAYS });
    await this.mutes.mute(user.id, node.id, until);
    return node;
  }

  async unmute(user: AuthUser, nodeId: string): Promise<Node> {
    const node = await this.visibleNode(user, nodeId);
    await this.mutes.unmute(user.id, node.id);
    return node;
  }

  /** Until when the viewer muted each node (absent: not muted). */
  mutedUntil(user: AuthUser, nodeIds: readonly string[]): Promise<Map<string, Date>> {
    return this.mutes.mutedUntil(user.id, nodeIds);
  }

  /** Owner or admin, as the node query: anyone else gets NOT_FOUND so ids cannot be probed. */
  private async visibleNode(user: AuthUser, id: string): Promise<Node> {
    if (!UUID.test(id)) throw new NotFound('Node');
    const node = user.role === 'admin' ? await this.nodes.byId(id) : await this.nodes.ownedBy(id, user.id);
    if (!node) throw new NotFound('Node');
    return { ...toNodeModel(node), visibleFrom: node.visible_from ?? null };
  }

  /** Enqueues the delivery unless the alert is muted (or its node is muted now), and pushes it live after commit. */
  private async notify(tx: Tx, alert: AlertRecord, event: DeliveryEvent): Promise<void> {
    const muted = alert.mutedAt !== null || (await this.mutes.isMuted(alert.userId, alert.nodeId, tx));
    if (!muted) await this.outbox.enqueue(tx, alert, event);
    tx.afterCommit(() => this.live.publish(alertTopic(alert.userId), alert));
  }

  private within<T>(tx: Tx | undefined, work: (tx: Tx) => Promise<T>): Promise<T> {
    return tx ? work(tx) : this.db.transaction(work);
  }
}
