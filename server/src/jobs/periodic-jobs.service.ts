import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { AppConfig } from '../config/app-config.js';
import { ROOT_LOGGER } from '../logging/logging.module.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { BossService } from './boss.service.js';

/** A periodic job: its pg-boss queue name, its period, and the work of one run. */
export interface PeriodicJob {
  name: string;
  everySeconds: number;
  run(): Promise<void>;
}

/**
 * How long a run may hold its job before pg-boss gives it to another replica: a third of the period
 * (at least 10 s), so that with pg-boss's maintenance (every 15 s), polling (2 s) and the run itself
 * a dead replica's job runs again within one period. (Half a period left too little: the replicas
 * drill's survivor finished the held 60 s-TTL refresh 61.3 s after the kill.) A run slower than
 * that would be run twice (never lost): a 10k-node refresh takes ~10 s, the default period 120 s.
 */
export function handoverAfterSeconds(everySeconds: number): number {
  return Math.max(10, Math.ceil(everySeconds / 3));
}

/**
 * Every periodic job as a pg-boss job (issue #17), so that with several replicas on one database
 * exactly one of them runs each period: every replica offers the period's job often, pg-boss's
 * keyed throttle (`sendThrottled`) keeps one per period slot, and one worker takes it. A replica
 * that dies mid-run leaves its job active; it expires after `handoverAfterSeconds` (a third of a period)
 * and pg-boss hands it to another replica (its one retry) at its next maintenance, so within one
 * period. A run that throws uses that same one retry (BossService.runOne); after it, the next
 * period's run comes anyway.
 * One process behaves as a timer would (a run soon after start, then every period).
 */
@Injectable()
export class PeriodicJobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly jobs = new Map<string, PeriodicJob>();
  private readonly workers = new Map<string, string>();
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly config: AppConfig,
    private readonly boss: BossService,
    private readonly metrics: MetricsService,
    @Inject(ROOT_LOGGER) private readonly log: Logger,
  ) {}

  /** Called by the job's owner in its onModuleInit (before bootstrap starts the timers). */
  register(job: PeriodicJob): void {
    this.jobs.set(job.name, job);
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const job of this.jobs.values()) {
      await this.startWorker(job).catch((err: Error) =>
        this.log.warn({ err: err.message, job: job.name }, 'job worker not started (database unreachable?); retried at the next offer'),
      );
      // Tests run jobs when they mean it (the owner's method, or offer()); nothing runs on a timer there.
      if (this.config.env.NODE_ENV === 'test') continue;
      const tick = () => void this.offer(job.name).catch((err: Error) => this.log.warn({ err: err.message, job: job.name }, 'could not offer a periodic job'));
      this.timers.push(setTimeout(tick, 1000).unref());
      // A quarter period: a new slot's job is offered soon after the slot opens, whichever replica is up.
      this.timers.push(setInterval(tick, (job.everySeconds * 1000) / 4).unref());
    }
  }

  private async startWorker(job: PeriodicJob): Promise<void> {
    if (this.workers.has(job.name)) return;
    const running = this.metrics.periodicJobRunning.labels({ job: job.name });
    running.set(0);
    const id = await this.boss.work(job.name, { batchSize: 1, pollingIntervalSeconds: 2 }, async () => {
      running.set(1);
      try {
        await job.run();
      } finally {
        running.set(0);
      }
      return { retry: false };
    });
    this.workers.set(job.name, id);
  }

  /** Offers this period's job: its id when this call created it, null when the period has one already. */
  async offer(name: string): Promise<string | null> {
    const job = this.jobs.get(name);
    if (!job) throw new Error(`no periodic job ${name}`);
    await this.startWorker(job);
    const every = job.everySeconds;
    const expireInSeconds = handoverAfterSeconds(every);
    return this.boss.boss.sendThrottled(name, {}, { expireInSeconds, retryLimit: 1, retentionSeconds: 3600 }, every, name);
  }

  async onModuleDestroy(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    for (const id of this.workers.values()) await this.boss.boss.offWork({ id }).catch(() => undefined);
  }
}
