import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AppConfig } from '../../../config/app-config.js';
import type { Tx } from '../../../database/db.js';
import { BossService, txExecutor } from '../../../jobs/boss.service.js';
import { type AlertRecord, type DeliveryEvent, SEVERITY_RANK } from '../../alerts/alert.types.js';
import { ChannelsRepository } from '../channels.repository.js';
import type { ChannelRecord, NotificationOutbox } from '../notification.types.js';
import { DeliveriesRepository } from './deliveries.repository.js';
import { deliveryJob, idempotencyKey } from './delivery-policy.js';
import type { DeliveryRecord, NewDelivery } from './delivery.types.js';

/**
 * The outbox (NOTIFICATION_OUTBOX): fans an alert event out to the recipient's channels as rows of
 * notification_deliveries and puts one pg-boss job per new row IN THE CALLER'S TRANSACTION (pg-boss
 * 10's per-call `db`), so an alert that commits has its deliveries queued and a rolled-back one none.
 */
@Injectable()
export class OutboxService implements NotificationOutbox {
  constructor(
    private readonly deliveries: DeliveriesRepository,
    private readonly channels: ChannelsRepository,
    private readonly boss: BossService,
    private readonly config: AppConfig,
  ) {}

  async enqueue(tx: Tx, alert: AlertRecord, event: DeliveryEvent): Promise<void> {
    // Created while its node was muted: history only (contract), never announced, so no recovery notice either.
    if (alert.mutedAt) return;
    const channels = await this.recipients(alert, tx);
    const rows: NewDelivery[] = [];
    for (const channel of channels) {
      const seq = event === 'REMINDER' ? (await this.deliveries.reminderCount(alert.id, channel.id, tx)) + 1 : undefined;
      rows.push({
        alertId: alert.id,
        channelId: channel.id,
        userId: alert.userId,
        event,
        idempotencyKey: idempotencyKey(alert.id, channel.id, event, seq),
        alert,
      });
    }
    await this.queue(await this.deliveries.insertNew(rows, tx), tx);
  }

  /** A channel test: its own row (event TEST, no alert) through the same queue and worker. */
  async enqueueTest(tx: Tx, channel: ChannelRecord): Promise<DeliveryRecord> {
    const key = `test:${channel.id}:${randomUUID()}`;
    const [row] = await this.deliveries.insertNew(
      [{ alertId: null, channelId: channel.id, userId: channel.userId, event: 'TEST', idempotencyKey: key, alert: null }],
      tx,
    );
    await this.queue([row], tx);
    return row;
  }

  /** Re-queues rows by id outside any transaction (the sweeper's orphans). */
  async requeue(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.boss.start();
    await this.boss.boss.insert(ids.map((id) => deliveryJob(this.config, id)));
  }

  private async queue(rows: readonly DeliveryRecord[], tx: Tx): Promise<void> {
    if (rows.length === 0) return;
    // The queue must exist, or pg-boss's insert (a join on its queue table) adds no job, silently.
    await this.boss.ensureQueue(deliveryJob(this.config, '').name);
    await this.boss.boss.insert(
      rows.map((r) => deliveryJob(this.config, r.id)),
      { db: txExecutor(tx) },
    );
  }

  /**
   * The recipient's active channels that take this alert (its kind in the channel's events, severity
   * at least the channel's minimum).
   * TODO(merge): CHAN's `ChannelsService.recipientsFor(userId, alert)` replaces this (it also honours user prefs).
   */
  private async recipients(alert: AlertRecord, tx: Tx): Promise<ChannelRecord[]> {
    const channels = await this.channels.activeByUsers([alert.userId], tx);
    return channels.filter((c) => (!c.events || c.events.includes(alert.kind)) && SEVERITY_RANK[alert.severity] >= SEVERITY_RANK[c.minSeverity]);
  }
}
