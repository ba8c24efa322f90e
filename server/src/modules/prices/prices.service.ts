import { Inject, Injectable, Logger } from '@nestjs/common';
import { CachedResourceService } from '../../cache/cached-resource.service.js';
import { BadUserInput } from '../../common/domain-error.js';
import { AppConfig } from '../../config/app-config.js';
import type { PriceClient } from '../../upstream/index.js';
import { PricesRepository, type StoredDayPrice } from './prices.repository.js';
import { PRICE_SOURCE, type DayPrice, type PriceQuote } from './prices.types.js';

export type { DayPrice, PriceQuote } from './prices.types.js';

/** The configured price API, or null when none is (no fiat values then). */
export interface PriceSource {
  client: PriceClient;
  /** Shown to users: 'simulator' in demo mode, else the API's host. */
  name: string;
}

/** What the shared cache holds for the quote: plain JSON (Redis), times as epoch ms. */
interface CachedQuote {
  usd: string | null;
  eur: string | null;
  pricedAt: number;
  source: string;
  fetchedAt: number;
}

const DAY_MS = 86_400_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Daily history is re-read at most this often (a settled day's price does not move). */
export const PRICE_HISTORY_TTL_MS = 3_600_000;
/** A first history fetch reaches this far back (CoinGecko's demo plan serves a year of daily data). */
const MAX_HISTORY_DAYS = 365;
/** A quote older than this many refresh periods means refreshes have been failing: shown as stale. */
const STALE_AFTER_TTLS = 2;

/**
 * The GNK price in USD and EUR, one fetch for everyone: the quote lives in the shared cache
 * (stale-while-revalidate, single-flight per process) and each fetch runs under a per-coin advisory
 * lock that first checks the stored quote, so replicas share one upstream call per TTL. Every fetched
 * quote and daily price is stored: history survives restarts, and an outage serves the last known
 * price marked stale with its time.
 */
@Injectable()
export class PricesService {
  private readonly log = new Logger(PricesService.name);
  private readonly ttlMs: number;
  private readonly coinId: string;

  constructor(
    @Inject(PRICE_SOURCE) private readonly source: PriceSource | null,
    private readonly resources: CachedResourceService,
    private readonly repo: PricesRepository,
    config: AppConfig,
  ) {
    this.ttlMs = config.env.CACHE_TTL_SECONDS * 1000;
    this.coinId = config.env.PRICE_COIN_ID;
  }

  /** Whether a price API is configured (else there is nothing to fetch, only what was stored). */
  get hasSource(): boolean {
    return this.source !== null;
  }

  get quoteKey(): string {
    return `price:quote:${this.coinId}`;
  }

  get historyKey(): string {
    return `price:history:${this.coinId}`;
  }

  /** The current price; null when no source is configured and none was ever fetched. Never throws for an outage. */
  async current(): Promise<PriceQuote | null> {
    if (this.source) {
      try {
        const cached = await this.resources.get(this.quoteKey, () => this.fetchQuote(), this.ttlMs);
        return this.toQuote(cached.value);
      } catch {
        // Nothing cached and the source is down: the last quote stored, below.
      }
    }
    const stored = await this.repo.quote(this.coinId);
    return stored ? { usd: stored.usd, eur: stored.eur, at: stored.pricedAt, source: stored.source, stale: true } : null;
  }

  /**
   * Daily prices for `fromDay..toDay` (YYYY-MM-DD, UTC), by day. A day the source has no price for
   * is absent; today, before its daily price is known, takes the current quote.
   */
  async dailyPrices(fromDay: string, toDay: string): Promise<Map<string, DayPrice>> {
    if (!isDay(fromDay)) throw new BadUserInput('fromDay', 'fromDay must be a date YYYY-MM-DD');
    if (!isDay(toDay)) throw new BadUserInput('toDay', 'toDay must be a date YYYY-MM-DD');
    if (fromDay > toDay) throw new BadUserInput('fromDay', 'fromDay must not be after toDay');
    await this.ensureHistory();
    const byDay = new Map<string, DayPrice>();
    for (const row of await this.repo.days(this.coinId, fromDay, toDay)) byDay.set(row.day, merge(byDay.get(row.day), row));
    const today = new Date().toISOString().slice(0, 10);
    if (today >= fromDay && today <= toDay && !byDay.has(today)) {
      const quote = await this.current();
      if (quote) byDay.set(today, { usd: quote.usd, eur: quote.eur, at: quote.at, source: quote.source });
    }
    return byDay;
  }

  /**
   * Fetches the quote now (sharing a fetch in flight) unless one stored is younger than `maxAgeMs`
   * (default the TTL); for tests and the scheduled refresh (jobs/price-jobs.service.ts).
   */
  async refresh(maxAgeMs = this.ttlMs): Promise<PriceQuote> {
    const cached = await this.resources.refresh(this.quoteKey, () => this.fetchQuote(maxAgeMs));
    return this.toQuote(cached.value);
  }

  private toQuote(q: CachedQuote): PriceQuote {
    return { usd: q.usd, eur: q.eur, at: new Date(q.pricedAt), source: q.source, stale: Date.now() - q.fetchedAt > STALE_AFTER_TTLS * this.ttlMs };
  }

  /** One replica at a time; a quote another replica stored within `maxAgeMs` (the TTL) is used as is. */
  private fetchQuote(maxAgeMs = this.ttlMs): Promise<CachedQuote> {
    const source = this.requireSource();
    return this.repo.withFetchLock(this.coinId, async (tx) => {
      const stored = await this.repo.quote(this.coinId, tx);
      if (stored && Date.now() - stored.fetchedAt.getTime() < maxAgeMs) return toCached(stored);
      const spot = await source.client.spot();
      if (spot.usd === null && spot.eur === null) throw new Error(`price source has no USD or EUR price for ${this.coinId}`);
      const fetchedAt = new Date();
      const quote = { usd: spot.usd, eur: spot.eur, pricedAt: spot.updatedAt ?? fetchedAt, source: source.name, fetchedAt };
      await this.repo.saveQuote(this.coinId, quote, tx);
      return toCached(quote);
    });
  }

  /** Best effort: stored history is served whatever happens here. */
  private async ensureHistory(): Promise<void> {
    if (!this.source) return;
    try {
      await this.resources.get(this.historyKey, () => this.fetchHistory(), PRICE_HISTORY_TTL_MS);
    } catch (e) {
      this.log.warn(`price history not refreshed: ${(e as Error).message}`);
    }
  }

  private fetchHistory(): Promise<{ fetchedAt: number }> {
    const source = this.requireSource();
    return this.repo.withFetchLock(this.coinId, async (tx) => {
      const last = await this.repo.historyFetchedAt(this.coinId, tx);
      if (last && Date.now() - last.getTime() < PRICE_HISTORY_TTL_MS) return { fetchedAt: last.getTime() };
      // After the first fetch only the days since the last one (and the day before, in case it was partial).
      const days = last ? Math.min(MAX_HISTORY_DAYS, Math.ceil((Date.now() - last.getTime()) / DAY_MS) + 1) : MAX_HISTORY_DAYS;
      const [usd, eur] = await Promise.all([source.client.daily('usd', days), source.client.daily('eur', days)]);
      const rows: StoredDayPrice[] = [
        ...usd.map((p) => ({ day: p.day, currency: 'USD' as const, price: p.price, pricedAt: p.at, source: source.name })),
        ...eur.map((p) => ({ day: p.day, currency: 'EUR' as const, price: p.price, pricedAt: p.at, source: source.name })),
      ];
      await this.repo.saveDays(this.coinId, rows, tx);
      const fetchedAt = new Date();
      await this.repo.markHistoryFetched(this.coinId, fetchedAt, tx);
      return { fetchedAt: fetchedAt.getTime() };
    });
  }

  private requireSource(): PriceSource {
    if (!this.source) throw new Error('no price source configured');
    return this.source;
  }
}

function toCached(q: { usd: string | null; eur: string | null; pricedAt: Date; source: string; fetchedAt: Date }): CachedQuote {
  return { usd: q.usd, eur: q.eur, pricedAt: q.pricedAt.getTime(), source: q.source, fetchedAt: q.fetchedAt.getTime() };
}

function merge(day: DayPrice | undefined, row: StoredDayPrice): DayPrice {
  const base = day ?? { usd: null, eur: null, at: row.pricedAt, source: row.source };
  return { ...base, [row.currency === 'USD' ? 'usd' : 'eur']: row.price, at: new Date(Math.min(base.at.getTime(), row.pricedAt.getTime())) };
}

function isDay(value: string): boolean {
  return DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}
