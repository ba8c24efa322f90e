/**
 * Owns gnk_daily_prices (each UTC day's price per currency, as the source gave it) and
 * gnk_price_quotes (the latest quote per coin, and when history was last fetched). Prices stay
 * `numeric` and travel as text: nothing here turns them into floats.
 */
import { Injectable } from '@nestjs/common';
import { Db, type Sql, type Tx } from '../../database/db.js';
import type { Fiat } from '../../common/money.js';

export interface StoredQuote {
  usd: string | null;
  eur: string | null;
  pricedAt: Date;
  source: string;
  fetchedAt: Date;
}

export interface StoredDayPrice {
  day: string;
  currency: Fiat;
  price: string;
  pricedAt: Date;
  source: string;
}

/** Advisory-lock namespace of "fetching the price of one coin" (one replica at a time). */
const PRICE_FETCH_LOCK = 716_001;

@Injectable()
export class PricesRepository {
  constructor(private readonly db: Db) {}

  /**
   * Runs `work` holding the coin's fetch lock (other replicas wait, then see what this one stored),
   * in one transaction so the lock ends with it.
   */
  withFetchLock<T>(coinId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) => {
      await tx.rows(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [PRICE_FETCH_LOCK, coinId]);
      return work(tx);
    });
  }

  /** The last quote fetched, or null before the first. */
  async quote(coinId: string, tx: Sql = this.db): Promise<StoredQuote | null> {
    const [row] = await tx.rows<{ usd: string | null; eur: string | null; priced_at: Date; source: string; fetched_at: Date }>(
      `SELECT usd::text, eur::text, priced_at, source, fetched_at FROM gnk_price_quotes WHERE coin_id = $1 AND fetched_at IS NOT NULL`,
      [coinId],
    );
    if (!row) return null;
    return { usd: row.usd, eur: row.eur, pricedAt: row.priced_at, source: row.source, fetchedAt: row.fetched_at };
  }

  async historyFetchedAt(coinId: string, tx: Sql = this.db): Promise<Date | null> {
    const [row] = await tx.rows<{ at: Date | null }>(`SELECT history_fetched_at AS at FROM gnk_price_quotes WHERE coin_id = $1`, [coinId]);
    return row?.at ?? null;
  }

  async saveQuote(coinId: string, quote: StoredQuote, tx: Sql = this.db): Promise<void> {
    await tx.rows(
      `INSERT INTO gnk_price_quotes (coin_id, usd, eur, priced_at, source, fetched_at) VALUES ($1, $2::numeric, $3::numeric, $4, $5, $6)
       ON CONFLICT (coin_id) DO UPDATE SET usd = EXCLUDED.usd, eur = EXCLUDED.eur, priced_at = EXCLUDED.priced_at, source = EXCLUDED.source, fetched_at = EXCLUDED.fetched_at`,
      [coinId, quote.usd, quote.eur, quote.pricedAt, quote.source, quote.fetchedAt],
    );
  }

  /** Marks history as fetched now; the quote row may not exist yet (history before any quote). */
  async markHistoryFetched(coinId: string, at: Date, tx: Sql = this.db): Promise<void> {
    await tx.rows(
      `INSERT INTO gnk_price_quotes (coin_id, history_fetched_at) VALUES ($1, $2)
       ON CONFLICT (coin_id) DO UPDATE SET history_fetched_at = EXCLUDED.history_fetched_at`,
      [coinId, at],
    );
  }

  /** Stores daily prices; a day already stored keeps its price (a settled day's price does not move). Returns the rows added. */
  async saveDays(coinId: string, days: readonly StoredDayPrice[], tx: Sql = this.db): Promise<number> {
    if (days.length === 0) return 0;
    const added = await tx.rows(
      `INSERT INTO gnk_daily_prices (coin_id, day, currency, price, priced_at, source)
       SELECT $1, u.day, u.currency, u.price, u.priced_at, u.source
       FROM unnest($2::date[], $3::text[], $4::numeric[], $5::timestamptz[], $6::text[]) AS u(day, currency, price, priced_at, source)
       ON CONFLICT (coin_id, day, currency) DO NOTHING RETURNING 1`,
      [coinId, days.map((d) => d.day), days.map((d) => d.currency), days.map((d) => d.price), days.map((d) => d.pricedAt), days.map((d) => d.source)],
    );
    return added.length;
  }

  /**
   * Days from `fromDay` (or the first day stored, when later: the source may have nothing older) to
   * `toDay` that lack the USD or the EUR price, oldest first (YYYY-MM-DD, UTC).
   */
  async missingDays(coinId: string, fromDay: string, toDay: string, tx: Sql = this.db): Promise<string[]> {
    const rows = await tx.rows<{ day: string }>(
      `WITH first AS (SELECT GREATEST($2::date, COALESCE(min(day), $2::date)) AS day FROM gnk_daily_prices WHERE coin_id = $1)
       SELECT d::date::text AS day FROM first, generate_series(first.day, $3::date, interval '1 day') AS d
       WHERE (SELECT count(*) FROM gnk_daily_prices p WHERE p.coin_id = $1 AND p.day = d::date) < 2
       ORDER BY 1`,
      [coinId, fromDay, toDay],
    );
    return rows.map((r) => r.day);
  }

  /** Stored daily prices with `fromDay <= day <= toDay` (YYYY-MM-DD, UTC). */
  async days(coinId: string, fromDay: string, toDay: string, tx: Sql = this.db): Promise<StoredDayPrice[]> {
    const rows = await tx.rows<{ day: string; currency: Fiat; price: string; priced_at: Date; source: string }>(
      `SELECT day::text AS day, currency, price::text AS price, priced_at, source FROM gnk_daily_prices
       WHERE coin_id = $1 AND day BETWEEN $2::date AND $3::date ORDER BY day, currency`,
      [coinId, fromDay, toDay],
    );
    return rows.map((r) => ({ day: r.day, currency: r.currency, price: r.price, pricedAt: r.priced_at, source: r.source }));
  }
}
