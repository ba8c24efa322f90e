import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { CacheService } from '../cache/cache.service.js';
import { AppConfig } from '../config/app-config.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { AlertEvaluatorService } from '../modules/alerts/alert-evaluator.service.js';
import type { NetworkView } from '../network/network-view.types.js';
import { EarningsSyncService } from '../modules/earnings/earnings-sync.service.js';
import { NetworkViewService } from '../network/network-view.service.js';
import { NodeStatusRepository } from '../modules/nodes/node-status.repository.js';
import { NodesRepository, type TrackedNode } from '../modules/nodes/nodes.repository.js';
import { type RecordedStatusChange, StatusRecorderService } from '../modules/nodes/status-recorder.service.js';
import { LivePublisher } from '../graphql/live/live-events.js';
import { PeriodicJobsService } from './periodic-jobs.service.js';

/** The refresh's pg-boss queue. */
export const REFRESH_JOB = 'refresh';

export interface RefreshReport {
  at: Date;
  ok: boolean;
  tracked: number;
  statusChanges: number;
  earningsRows: number;
  error?: string;
}

// The last run's report, shared: any replica may have run it (pg-boss picks one), every admin page asks.
const LAST_REPORT_KEY = 'refresher:last-report';
const LAST_REPORT_KEPT_MS = 7 * 24 * 3600 * 1000;

/**
 * Keeps node_stats_cache, the status timeline and earnings_history current for every tracked node
 * (a node linked to a user), once per TTL, off the request path: run as the periodic pg-boss job
 * `refresh` (periodic-jobs.service.ts: one replica per TTL). A failed run keeps the last good data and is
 * recorded; requests never wait for it.
 */
@Injectable()
export class RefresherService implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger(RefresherService.name);
  private running?: Promise<RefreshReport>;
  lastReport?: RefreshReport;

  constructor(
    private readonly config: AppConfig,
    private readonly nodes: NodesRepository,
    private readonly statuses: NodeStatusRepository,
    private readonly view: NetworkViewService,
    private readonly status: StatusRecorderService,
    private readonly earnings: EarningsSyncService,
    private readonly metrics: MetricsService,
    private readonly alerts: AlertEvaluatorService,
    private readonly live: LivePublisher,
    private readonly periodic: PeriodicJobsService,
    private readonly cache: CacheService,
  ) {}

  onModuleInit(): void {
    this.periodic.register({ name: REFRESH_JOB, everySeconds: this.config.env.CACHE_TTL_SECONDS, run: () => this.refreshNow().then(() => undefined) });
  }

  /** Lets a running refresh finish before the database pool closes. */
  async onModuleDestroy(): Promise<void> {
    await this.running?.catch(() => undefined);
  }

  /** The newest run's report from whichever replica ran it (this process's own without Redis). */
  async lastRun(): Promise<RefreshReport | undefined> {
    const entry = await this.cache.latest<Omit<RefreshReport, 'at'> & { at: string | Date }>(LAST_REPORT_KEY);
    return entry ? { ...entry.value, at: new Date(entry.value.at) } : this.lastReport;
  }

  /** One refresh at a time; a call during a run joins it. */
  refreshNow(): Promise<RefreshReport> {
    this.running ??= this.run().finally(() => (this.running = undefined));
    return this.running;
  }

  /** A refresh that starts after this call: a running one (it read the stores before a change) is let finish first. */
  async refreshAfterRunning(): Promise<RefreshReport> {
    await this.running?.catch(() => undefined);
    return this.refreshNow();
  }

  /** Open pages refetch on these (graphql/live): each change to its node's owner, then one refresh signal. */
  private async publishLive(tracked: TrackedNode[], changes: RecordedStatusChange[], at: Date): Promise<void> {
    const ownerOf = new Map(tracked.map((t) => [t.id, t.ownerId]));
    const owned = changes.flatMap((c) => {
      const ownerId = ownerOf.get(c.nodeId);
      return ownerId ? [{ ...c, ownerId }] : [];
    });
    await this.live.refreshed(owned, at);
  }

  /** One refresh, then its alerts (issue #14) from what it read and stored: no extra upstream call. */
  private async run(): Promise<RefreshReport> {
    const startedAt = new Date();
    const seen: { tracked: TrackedNode[]; view: NetworkView | null; viewFailed: boolean } = { tracked: [], view: null, viewFailed: false };
    const report = await this.refresh(seen);
    this.lastReport = report;
    await this.cache.setShared(LAST_REPORT_KEY, report, LAST_REPORT_KEPT_MS);
    await this.alerts
      .evaluate({ ...seen, view: report.ok ? seen.view : null, startedAt, ok: report.ok, error: report.error })
      .catch((e: Error) => this.log.warn(`alert evaluation failed: ${e.message}`));
    return report;
  }

  private async refresh(seen: { tracked: TrackedNode[]; view: NetworkView | null; viewFailed: boolean }): Promise<RefreshReport> {
    const stop = this.metrics.refreshDuration.startTimer({ job: 'nodes' });
    let tracked: TrackedNode[] = [];
    try {
      tracked = await this.nodes.trackedNodes();
      seen.tracked = tracked;
      seen.viewFailed = true;
      const { value: view } = await this.view.refreshStatus();
      seen.view = view;
      seen.viewFailed = false;
      // Hardware is its own bulk route: if it fails, statuses are still recorded (GPU models kept).
      const hardware = await this.view
        .hardware()
        .then((r) => r.value)
        .catch(() => null);
      const changes = await this.status.recordChanges(view, tracked, hardware);
      // Earnings are a separate source: their failure must not hide fresh statuses.
      const earnings = await this.earnings
        .sync(view, tracked)
        .then((rows) => ({ rows, error: undefined }))
        .catch((e: Error) => ({ rows: 0, error: `earnings: ${e.message}` }));
      stop({ outcome: earnings.error ? 'partial' : 'ok' });
      if (earnings.error) this.log.warn(earnings.error);
      const report = { at: new Date(), ok: true, tracked: tracked.length, statusChanges: changes.length, earningsRows: earnings.rows, error: earnings.error };
      await this.publishLive(tracked, changes, report.at);
      return report;
    } catch (e) {
      stop({ outcome: 'error' });
      const error = (e as Error).message;
      this.log.warn(`refresh failed, keeping last good data: ${error}`);
      await this.statuses
        .recordRefreshError(
          tracked.map((t) => t.id),
          error,
        )
        .catch(() => undefined); // the database itself may be what failed
      return { at: new Date(), ok: false, tracked: tracked.length, statusChanges: 0, earningsRows: 0, error };
    }
  }
}
