import type { AppConfig } from '../../../config/app-config.js';
import type PgBoss from 'pg-boss';
import { DELIVERY_QUEUE, type DeliveryJob } from './delivery.types.js';

/**
 * A job still active this long after it started belongs to a killed process: pg-boss fails it, and it
 * is retried. Must exceed the senders' own timeout (10 s a request) plus the row's bookkeeping.
 */
export const JOB_EXPIRE_SECONDS = 30;

/**
 * How pg-boss retries one delivery: exponential backoff from NOTIFY_RETRY_DELAY_SECONDS.
 * retryLimit = NOTIFY_MAX_ATTEMPTS (contract): the row counts real send attempts and gives up after
 * NOTIFY_MAX_ATTEMPTS of them, so pg-boss keeps one run in hand for a job whose process died mid-send.
 */
export function deliveryJob(config: AppConfig, deliveryId: string): PgBoss.JobInsert<DeliveryJob> {
  return {
    name: DELIVERY_QUEUE,
    data: { deliveryId },
    retryLimit: config.env.NOTIFY_MAX_ATTEMPTS,
    retryDelay: config.env.NOTIFY_RETRY_DELAY_SECONDS,
    retryBackoff: true,
    expireInSeconds: JOB_EXPIRE_SECONDS,
  };
}

/** When pg-boss's backoff will try again at the earliest after `attempts` failed sends (its delay is d·2^(n-1) to d·2^n). */
export function nextAttemptAfter(config: AppConfig, attempts: number): Date {
  const seconds = config.env.NOTIFY_RETRY_DELAY_SECONDS * 2 ** Math.max(0, attempts - 1);
  return new Date(Date.now() + seconds * 1000);
}

/** Idempotency key of one alert event on one channel (contract); reminders are numbered so each is its own delivery. */
export function idempotencyKey(alertId: string, channelId: string, event: string, reminderSeq?: number): string {
  return reminderSeq === undefined ? `${alertId}:${channelId}:${event}` : `${alertId}:${channelId}:REMINDER:${reminderSeq}`;
}
