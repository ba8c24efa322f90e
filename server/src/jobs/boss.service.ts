import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { Pool, type PoolClient } from 'pg';
import type { Logger } from 'pino';
import { AppConfig } from '../config/app-config.js';
import { underAdvisoryLock } from '../database/advisory-lock.js';
import type { Tx } from '../database/db.js';
import { ROOT_LOGGER } from '../logging/logging.module.js';

/** Token of the application's own PostgreSQL URL (embedded by default), given by BossModule.forRoot. */
export const BOSS_DATABASE_URL = Symbol('BOSS_DATABASE_URL');

/** What a handler decides for one job: done, or fail it so pg-boss retries it (with its backoff) or gives up. */
export type JobOutcome = { retry: false } | { retry: true; reason: string };

/**
 * pg-boss's SQL executor running on the caller's transaction: a job sent through it commits or rolls
 * back with the caller's rows. For `send`/`insert` only: TypeORM answers UPDATE/DELETE as [rows, count].
 */
export function txExecutor(tx: Tx): PgBoss.Db {
  return { executeSql: async (text, values) => ({ rows: await tx.rows(text, values ?? []) }) };
}

/**
 * One pg-boss 10 instance on the application's PostgreSQL (schema `pgboss`, created on first start):
 * durable queues that survive restarts. Started on module init (tests too); stopped gracefully by
 * bootstrap's close while HTTP drains (else in onModuleDestroy, which Nest runs before TypeORM
 * closes its pool): running jobs get SHUTDOWN_GRACE_SECONDS, then pg-boss fails the ones still
 * running so another instance retries them.
 * pg-boss problems are logged, never thrown at the app: a queue hiccup must not take the portal down.
 */
@Injectable()
export class BossService implements OnModuleInit, OnModuleDestroy {
  private readonly pool: Pool;
  readonly boss: PgBoss;
  private starting?: Promise<void>;
  /** Jobs `work()` has already completed or failed itself (pg-boss then settles them again, unawaited: skipped). */
  private readonly settled = new Set<string>();
  private readonly queues = new Map<string, Promise<void>>();
  private stopping?: Promise<void>;
  private readonly graceMs: number;
  private creatingQueue: Promise<void> = Promise.resolve();

  constructor(
    @Inject(BOSS_DATABASE_URL) url: string,
    @Inject(ROOT_LOGGER) private readonly log: Logger,
    config: AppConfig,
  ) {
    this.graceMs = config.env.SHUTDOWN_GRACE_SECONDS * 1000;
    // Our own small pool: a crash-proof 'error' listener on every connection (see typeorm-options.ts), fail fast while the DB is away.
    this.pool = new Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 3000, application_name: 'minegnk-pgboss' });
    this.pool.on('connect', (client: PoolClient) => client.on('error', () => undefined));
    this.pool.on('error', (err) => this.log.warn({ err }, 'pg-boss connection error'));
    this.boss = new PgBoss({
      db: { executeSql: (text, values) => this.execute(text, values) },
      schema: 'pgboss',
      // Cron scheduling is unused. Maintenance (one instance at a time) expires the active jobs of a
      // killed process so they run again; every 15 s bounds that wait near the jobs' own expiry.
      schedule: false,
      maintenanceIntervalSeconds: 15,
    });
    this.boss.on('error', (err) => this.log.error({ err }, 'pg-boss error'));
  }

  onModuleInit(): Promise<void> {
    return this.start();
  }

  /** Idempotent: callers that need the queue before onModuleInit ran (module order) wait for the same start. */
  start(): Promise<void> {
    this.starting ??= this.boss.start().then(() => this.log.debug('pg-boss started'));
    this.starting.catch(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  /**
   * Creates the queue if missing (per-job options carry the retry policy, so a changed env applies
   * without a queue update). Under an advisory lock: pg-boss's create_queue adds a partition to its
   * job table, and replicas starting together creating the same queues deadlocked in PostgreSQL
   * (test/database/concurrent-migrations.test.ts).
   */
  ensureQueue(name: string): Promise<void> {
    let ready = this.queues.get(name);
    if (!ready) {
      ready = this.start().then(() => this.createQueueOnce(name));
      // A failed creation (DB away) is tried again by the next caller.
      ready.catch(() => this.queues.delete(name));
      this.queues.set(name, ready);
    }
    return ready;
  }

  /** One creation at a time in this process too: each waiting one would hold a connection of the small pool. */
  private createQueueOnce(name: string): Promise<void> {
    const created = this.creatingQueue.then(() => this.createQueueLocked(name));
    this.creatingQueue = created.catch(() => undefined);
    return created;
  }

  private async createQueueLocked(name: string): Promise<void> {
    if (await this.boss.getQueue(name)) return;
    const lockHolder = await this.pool.connect();
    try {
      await underAdvisoryLock(lockHolder, 'minegnk:pgboss-queues', async () => {
        if (!(await this.boss.getQueue(name))) await this.boss.createQueue(name, { name, policy: 'standard' });
      });
    } finally {
      lockHolder.release();
    }
  }

  /**
   * `boss.work` with per-job settlement: each job of a batch runs concurrently and is completed or
   * failed on its own (pg-boss would settle the whole batch alike), awaited and logged on error.
   * A handler that throws is treated as retryable.
   */
  async work<T extends object>(name: string, options: PgBoss.WorkOptions, handler: (job: PgBoss.JobWithMetadata<T>) => Promise<JobOutcome>): Promise<string> {
    await this.ensureQueue(name);
    let workerId = '';
    workerId = await this.boss.work<T>(name, { ...options, includeMetadata: true }, async (jobs) => {
      await Promise.all(jobs.map((job) => this.runOne(name, job, handler)));
      // A full batch means more are waiting: fetch again at once instead of after the polling interval.
      if (workerId && jobs.length >= (options.batchSize ?? 1)) this.boss.notifyWorker(workerId);
    });
    return workerId;
  }

  private async runOne<T>(name: string, job: PgBoss.JobWithMetadata<T>, handler: (job: PgBoss.JobWithMetadata<T>) => Promise<JobOutcome>): Promise<void> {
    let outcome: JobOutcome;
    try {
      outcome = await handler(job);
    } catch (err) {
      this.log.warn({ err, queue: name, jobId: job.id }, 'job handler failed; pg-boss retries it');
      outcome = { retry: true, reason: err instanceof Error ? err.message : String(err) };
    }
    try {
      if (outcome.retry) await this.boss.fail(name, job.id, { message: outcome.reason });
      else await this.boss.complete(name, job.id);
    } catch (err) {
      // Left active: pg-boss expires it and runs it again; handlers are idempotent.
      this.log.error({ err, queue: name, jobId: job.id }, 'could not settle a job');
    } finally {
      this.settled.add(job.id);
    }
  }

  /**
   * No new jobs are fetched; running ones get `timeoutMs` (at least 1 s, pg-boss's floor) to finish,
   * then pg-boss fails them ('pg-boss shut down while active') and their retry runs on another
   * instance. Jobs can still be sent (requests finishing meanwhile); the pool closes in
   * onModuleDestroy. Idempotent: later calls wait for the first.
   */
  stop(timeoutMs = this.graceMs): Promise<void> {
    this.stopping ??= (async () => {
      try {
        await this.starting;
        await this.boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
      } catch (err) {
        this.log.error({ err }, 'pg-boss did not stop cleanly');
      }
    })();
    return this.stopping;
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
    await this.pool.end().catch(() => undefined);
  }

  /** pg-boss's executor. The batch settlement `work` already did is answered here without SQL (its promise is not awaited by pg-boss). */
  private async execute(text: string, values: unknown[] = []): Promise<{ rows: unknown[] }> {
    const ids = values[1];
    if (Array.isArray(ids) && ids.length > 0 && ids.every((id) => this.settled.has(id))) {
      for (const id of ids) this.settled.delete(id);
      return { rows: [{ count: 0 }] };
    }
    return this.pool.query(text, values);
  }
}
