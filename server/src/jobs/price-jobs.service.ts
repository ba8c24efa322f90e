import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { type BackfillResult, PriceBackfillService } from '../modules/prices/price-backfill.service.js';
import { PricesService, type PriceQuote } from '../modules/prices/prices.service.js';
import { PeriodicJobsService } from './periodic-jobs.service.js';

/** The pg-boss queues: the current price once per price TTL, the daily history's missing days (checked hourly, fetched once a day). */
export const PRICE_QUOTE_JOB = 'price-quote';
export const PRICE_HISTORY_JOB = 'price-history';
/**
 * The history job's period: it checks hourly and asks the source only when a day is missing — once a
 * day, soon after 00:00 UTC, when yesterday's price becomes due. (pg-boss throttles at most over its
 * archive interval, 12 h, so a one-day slot is not available anyway.)
 */
export const PRICE_HISTORY_CHECK_SECONDS = 3_600;

export interface PriceJobReport {
  at: Date;
  ok: boolean;
  /** The price after the run: the fresh quote, or during an outage the last known one (stale). */
  quote: PriceQuote | null;
  error?: string;
}

export interface PriceHistoryReport {
  at: Date;
  ok: boolean;
  result: BackfillResult | null;
  error?: string;
}

/**
 * Keeps the GNK price current off the request path, so every figure has a price even when nobody
 * looked: periodic pg-boss jobs (periodic-jobs.service.ts), each run by one replica per period, and
 * PricesService's fetch lock lets a replica that fetched within the TTL answer every other (one
 * upstream call per TTL in all). A failed run keeps the last price, which readers get marked stale;
 * it is recorded in the report, the refresh_duration_seconds{job="price…",outcome="error"} metric
 * and the log, and the next period tries again.
 */
@Injectable()
export class PriceJobsService implements OnModuleInit {
  private readonly log = new Logger(PriceJobsService.name);
  lastQuoteReport?: PriceJobReport;
  lastHistoryReport?: PriceHistoryReport;

  constructor(
    private readonly config: AppConfig,
    private readonly prices: PricesService,
    private readonly backfill: PriceBackfillService,
    private readonly metrics: MetricsService,
    private readonly periodic: PeriodicJobsService,
  ) {}

  onModuleInit(): void {
    if (!this.prices.hasSource) return;
    this.periodic.register({ name: PRICE_QUOTE_JOB, everySeconds: this.config.env.CACHE_TTL_SECONDS, run: () => this.refreshQuote().then(() => undefined) });
    this.periodic.register({ name: PRICE_HISTORY_JOB, everySeconds: PRICE_HISTORY_CHECK_SECONDS, run: () => this.fillHistory().then(() => undefined) });
  }

  async refreshQuote(): Promise<PriceJobReport> {
    const stop = this.metrics.refreshDuration.startTimer({ job: 'price' });
    try {
      // Half a TTL: a quote fetched late in the last slot is still renewed in this one, so no quote ages past ~1.25 TTL.
      const quote = await this.prices.refresh((this.config.env.CACHE_TTL_SECONDS * 1000) / 2);
      stop({ outcome: 'ok' });
      this.lastQuoteReport = { at: new Date(), ok: true, quote };
    } catch (e) {
      stop({ outcome: 'error' });
      const error = (e as Error).message;
      this.log.warn(`price refresh failed, keeping the last price: ${error}`);
      this.lastQuoteReport = { at: new Date(), ok: false, quote: await this.prices.current().catch(() => null), error };
    }
    return this.lastQuoteReport;
  }

  async fillHistory(): Promise<PriceHistoryReport> {
    const stop = this.metrics.refreshDuration.startTimer({ job: 'price-history' });
    try {
      const result = await this.backfill.backfill();
      stop({ outcome: 'ok' });
      this.lastHistoryReport = { at: new Date(), ok: true, result };
    } catch (e) {
      stop({ outcome: 'error' });
      const error = (e as Error).message;
      this.log.warn(`price history back-fill failed: ${error}`);
      this.lastHistoryReport = { at: new Date(), ok: false, result: null, error };
    }
    return this.lastHistoryReport;
  }
}
