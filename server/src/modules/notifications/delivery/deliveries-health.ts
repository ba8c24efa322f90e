import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { ROOT_LOGGER } from '../../../logging/logging.module.js';
import { AlertsService } from '../../alerts/alerts.service.js';
import { UsersRepository } from '../../users/users.repository.js';
import { DeliveriesRepository } from './deliveries.repository.js';

/** SYSTEM_DELIVERIES_FAILING opens when this many deliveries failed for good within the window. */
export const FAILING_THRESHOLD = 10;
export const FAILING_WINDOW_MS = 15 * 60_000;
const KEY = 'SYSTEM_DELIVERIES_FAILING:system:deliveries';

/**
 * Watches for deliveries failing in bulk (a channel provider down, a bad SMTP setup): checked after
 * each final failure, it opens one SYSTEM_DELIVERIES_FAILING alert per admin (the alert's own
 * deliveries may fail too; the open alert's key keeps that from raising another), and the sweeper's
 * review resolves it once the window holds fewer failures than the threshold.
 */
@Injectable()
export class DeliveriesHealth {
  private checks: Promise<void> = Promise.resolve();
  private loggedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly deliveries: DeliveriesRepository,
    private readonly alerts: AlertsService,
    private readonly users: UsersRepository,
    @Inject(ROOT_LOGGER) private readonly log: Logger,
  ) {}

  /** Checks run one after another: concurrent final failures must not each see the threshold crossed and each report it. */
  deliveryFailed(): Promise<void> {
    return this.serially(() => this.check(true));
  }

  /** Resolves the alert when failures have calmed down (called periodically by the sweeper). */
  review(): Promise<void> {
    return this.serially(() => this.check(false));
  }

  private serially(work: () => Promise<void>): Promise<void> {
    this.checks = this.checks.then(work).catch((err) => this.log.warn({ err }, 'delivery failure check failed'));
    return this.checks;
  }

  private async check(afterFailure: boolean): Promise<void> {
    const failed = await this.deliveries.failedSince(new Date(Date.now() - FAILING_WINDOW_MS));
    const admins = await this.users.adminIds();
    if (failed >= FAILING_THRESHOLD && afterFailure) {
      // Said once per window in the log (also when there is no admin yet); the alerts dedupe by key.
      if (Date.now() - this.loggedAt >= FAILING_WINDOW_MS) {
        this.loggedAt = Date.now();
        this.log.warn({ failed, windowMinutes: FAILING_WINDOW_MS / 60_000 }, 'notification deliveries are failing');
      }
      for (const userId of admins) {
        await this.alerts.raise({ userId, nodeId: null, kind: 'SYSTEM_DELIVERIES_FAILING', severity: 'CRITICAL', dedupeKey: KEY, params: { failed } });
      }
      return;
    }
    if (failed < FAILING_THRESHOLD) for (const userId of admins) await this.alerts.resolve(userId, KEY);
  }
}
