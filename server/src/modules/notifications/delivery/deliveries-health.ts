import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { ROOT_LOGGER } from '../../../logging/logging.module.js';
import { DeliveriesRepository } from './deliveries.repository.js';

/** SYSTEM_DELIVERIES_FAILING opens when this many deliveries failed for good within the window. */
export const FAILING_THRESHOLD = 10;
export const FAILING_WINDOW_MS = 15 * 60_000;

/**
 * Watches for deliveries failing in bulk (a channel provider down, a bad SMTP setup): checked after
 * each final failure, said at most once per window.
 */
@Injectable()
export class DeliveriesHealth {
  private lastRaisedAt = 0;
  private checks: Promise<void> = Promise.resolve();

  constructor(
    private readonly deliveries: DeliveriesRepository,
    @Inject(ROOT_LOGGER) private readonly log: Logger,
  ) {}

  /** Checks run one after another: concurrent final failures must not each see the threshold crossed and each report it. */
  deliveryFailed(): Promise<void> {
    this.checks = this.checks.then(() => this.check()).catch((err) => this.log.warn({ err }, 'delivery failure check failed'));
    return this.checks;
  }

  private async check(): Promise<void> {
    if (Date.now() - this.lastRaisedAt < FAILING_WINDOW_MS) return;
    const failed = await this.deliveries.failedSince(new Date(Date.now() - FAILING_WINDOW_MS));
    if (failed < FAILING_THRESHOLD) return;
    this.lastRaisedAt = Date.now();
    this.log.warn({ failed, windowMinutes: FAILING_WINDOW_MS / 60_000 }, 'notification deliveries are failing');
    // TODO(merge, SYSTEM_DELIVERIES_FAILING): AlertsService.raise({ kind: 'SYSTEM_DELIVERIES_FAILING', ... }) for every admin
    // (dedupeKey 'SYSTEM_DELIVERIES_FAILING:system:deliveries'), and resolve it when the count drops below the threshold.
  }
}
