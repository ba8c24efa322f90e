import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { AppConfig } from '../../../config/app-config.js';
import { Db, type Tx } from '../../../database/db.js';
import { BossService, type JobOutcome } from '../../../jobs/boss.service.js';
import { ROOT_LOGGER } from '../../../logging/logging.module.js';
import { UsersRepository } from '../../users/users.repository.js';
import { ChannelSenders } from '../channel-senders.js';
import { ChannelsRepository } from '../channels.repository.js';
import { DeliveryFailure } from '../notification.types.js';
import { DeliveriesRepository } from './deliveries.repository.js';
import { DeliveriesHealth } from './deliveries-health.js';
import { nextAttemptAfter } from './delivery-policy.js';
import { DELIVERY_QUEUE, type DeliveryJob, type DeliveryRecord } from './delivery.types.js';
import { outboundMessage } from './outbound-message.js';

/** Deliveries sent at once per process (each holds its row lock, one pooled connection, while it sends). */
const CONCURRENCY = 4;

type Attempt = { kind: 'done' } | { kind: 'failed'; reason: string; final: boolean };

/**
 * Sends queued deliveries. Each job: lock the row (FOR UPDATE SKIP LOCKED, held while sending, so no
 * two processes send the same row and a killed process's lock dies with its connection), skip it if
 * already SENT or FAILED (a repeated job is harmless), render for the recipient's current language,
 * send, and record the outcome in the same transaction. A retryable failure before the last attempt
 * fails the job after commit so pg-boss retries it with exponential backoff.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap {
  constructor(
    private readonly db: Db,
    private readonly deliveries: DeliveriesRepository,
    private readonly channels: ChannelsRepository,
    private readonly senders: ChannelSenders,
    private readonly users: UsersRepository,
    private readonly boss: BossService,
    private readonly health: DeliveriesHealth,
    private readonly config: AppConfig,
    @Inject(ROOT_LOGGER) private readonly log: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.work<DeliveryJob>(DELIVERY_QUEUE, { batchSize: CONCURRENCY, pollingIntervalSeconds: 2 }, (job) => this.handle(job));
  }

  async handle(job: PgBoss.JobWithMetadata<DeliveryJob>): Promise<JobOutcome> {
    // pg-boss's last run (its retries used up, e.g. by crashes) must settle the row too.
    const lastRun = job.retryCount >= job.retryLimit;
    const attempt = await this.db.transaction((tx) => this.attempt(job.data.deliveryId, lastRun, tx));
    if (attempt.kind === 'done') return { retry: false };
    if (attempt.final) {
      await this.health.deliveryFailed();
      return { retry: false };
    }
    return { retry: true, reason: attempt.reason };
  }

  private async attempt(id: string, lastRun: boolean, tx: Tx): Promise<Attempt> {
    const delivery = await this.deliveries.lock(id, tx);
    // Gone (its channel was deleted), settled already, or being sent by another worker right now.
    if (delivery?.status !== 'PENDING') return { kind: 'done' };
    let reason: string;
    let retryable: boolean;
    try {
      await this.send(delivery, tx);
      await this.deliveries.markSent(id, tx);
      return { kind: 'done' };
    } catch (e) {
      retryable = e instanceof DeliveryFailure ? e.retryable : true;
      reason = e instanceof Error ? e.message : String(e);
      if (!(e instanceof DeliveryFailure)) this.log.warn({ err: e, deliveryId: id }, 'delivery failed unexpectedly');
    }
    const attempts = delivery.attempts + 1;
    const final = !retryable || lastRun || attempts >= this.config.env.NOTIFY_MAX_ATTEMPTS;
    await this.deliveries.markAttemptFailed(id, reason, final, final ? null : nextAttemptAfter(this.config, attempts), tx);
    return { kind: 'failed', reason, final };
  }

  private async send(delivery: DeliveryRecord, tx: Tx): Promise<void> {
    const channel = await this.channels.findById(delivery.channelId, undefined, tx);
    if (!channel) throw new DeliveryFailure('channel was removed', false);
    const settings = await this.users.alertSettings([delivery.userId]);
    const language = settings.get(delivery.userId)?.language ?? 'EN';
    await this.senders.send(channel, outboundMessage(delivery, channel, language, publicUrl(this.config)));
  }
}

/**
 * The portal's public base URL for links in messages.
 * TODO(merge): CHAN adds PUBLIC_URL to the config schema; read `config.env.PUBLIC_URL` then.
 */
function publicUrl(config: AppConfig): string {
  const env = config.env as { PUBLIC_URL?: string; PORT: number };
  return (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
}
