import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { PricesRepository, type StoredDayPrice } from './prices.repository.js';
import type { PriceSource } from './prices.service.js';
import { PRICE_SOURCE } from './prices.types.js';

const DAY_MS = 86_400_000;
/** How far back missing days are looked for and fetched (CoinGecko's demo plan serves a year of daily data). */
export const BACKFILL_MAX_DAYS = 365;

export interface BackfillResult {
  /** Days that lacked a price before this run. */
  missing: number;
  /** Daily prices (day × currency) stored by this run: the missing ones, and today's when the chart has it. */
  added: number;
}

/**
 * Fills the days missing from the stored daily history (checked hourly by jobs/price-jobs.service.ts):
 * a statement or a profit figure of a past day then has that day's price even if nobody looked
 * that day. Asks the source only when a day is missing — normally once a day, for yesterday — and
 * about a gap the source itself has at most once a day; under the coin's fetch lock (replicas
 * wait, then find nothing missing). Up to yesterday: today's price is the current quote.
 */
@Injectable()
export class PriceBackfillService {
  private readonly coinId: string;

  constructor(
    @Inject(PRICE_SOURCE) private readonly source: PriceSource | null,
    private readonly repo: PricesRepository,
    config: AppConfig,
  ) {
    this.coinId = config.env.PRICE_COIN_ID;
  }

  async backfill(now = new Date()): Promise<BackfillResult> {
    const source = this.source;
    if (!source) return { missing: 0, added: 0 };
    return this.repo.withFetchLock(this.coinId, async (tx) => {
      const from = utcDay(new Date(now.getTime() - (BACKFILL_MAX_DAYS - 1) * DAY_MS));
      const missing = await this.repo.missingDays(this.coinId, from, utcDay(new Date(now.getTime() - DAY_MS)), tx);
      if (missing.length === 0) return { missing: 0, added: 0 };
      // Asked within the day, after the newest missing day had closed: the source has no price for those days (a gap); ask again tomorrow.
      const last = await this.repo.historyFetchedAt(this.coinId, tx);
      const newestClosed = Date.parse(`${missing[missing.length - 1]}T00:00:00Z`) + DAY_MS;
      if (last && last.getTime() >= newestClosed && now.getTime() - last.getTime() < DAY_MS) return { missing: missing.length, added: 0 };
      // From the oldest missing day to today, in one chart per currency.
      const days = Math.min(BACKFILL_MAX_DAYS, Math.round((Date.parse(`${utcDay(now)}T00:00:00Z`) - Date.parse(`${missing[0]}T00:00:00Z`)) / DAY_MS) + 1);
      const [usd, eur] = await Promise.all([source.client.daily('usd', days), source.client.daily('eur', days)]);
      const rows: StoredDayPrice[] = [
        ...usd.map((p) => ({ day: p.day, currency: 'USD' as const, price: p.price, pricedAt: p.at, source: source.name })),
        ...eur.map((p) => ({ day: p.day, currency: 'EUR' as const, price: p.price, pricedAt: p.at, source: source.name })),
      ];
      const added = await this.repo.saveDays(this.coinId, rows, tx);
      await this.repo.markHistoryFetched(this.coinId, new Date(), tx);
      return { missing: missing.length, added };
    });
  }
}

function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}
