import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { PeriodicJobsService } from '../../../jobs/periodic-jobs.service.js';
import { ROOT_LOGGER } from '../../../logging/logging.module.js';
import { DeliveriesRepository } from './deliveries.repository.js';
import { DeliveriesHealth } from './deliveries-health.js';
import { OutboxService } from './outbox.service.js';

const SWEEP_EVERY_SECONDS = 60;
/** A PENDING row this old without a live job lost it (its retries spent on crashed runs): queue it again. */
const ORPHAN_AFTER_SECONDS = 60;

/**
 * The outbox's safety net. Jobs are queued in the same transaction as their rows, so a row without a
 * live job only happens when pg-boss gave up on runs that never reached the row (processes killed
 * mid-send until the retry limit); those rows get a fresh job instead of staying PENDING forever.
 */
@Injectable()
export class DeliverySweeper implements OnModuleInit {
  private sweeping = false;

  constructor(
    private readonly deliveries: DeliveriesRepository,
    private readonly outbox: OutboxService,
    private readonly health: DeliveriesHealth,
    private readonly periodic: PeriodicJobsService,
    @Inject(ROOT_LOGGER) private readonly log: Logger,
  ) {}

  /** A periodic pg-boss job: one replica sweeps per minute. */
  onModuleInit(): void {
    this.periodic.register({ name: 'deliveries-sweep', everySeconds: SWEEP_EVERY_SECONDS, run: () => this.sweep().then(() => this.health.review()) });
  }

  /** Returns how many rows were queued again. */
  async sweep(): Promise<number> {
    if (this.sweeping) return 0;
    this.sweeping = true;
    try {
      const ids = await this.deliveries.orphanedPending(ORPHAN_AFTER_SECONDS, 500);
      await this.outbox.requeue(ids);
      if (ids.length) this.log.warn({ count: ids.length }, 'queued orphaned notification deliveries again');
      return ids.length;
    } catch (err) {
      this.log.warn({ err }, 'delivery sweep failed');
      return 0;
    } finally {
      this.sweeping = false;
    }
  }
}
