import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #16: the GNK price. `gnk_daily_prices` keeps each UTC day's price per fiat currency as the
 * source gave it (full precision), so history survives restarts and price-API outages;
 * `gnk_price_quotes` keeps the latest quote per coin (the last known price during an outage, and
 * the gate that lets one replica fetch per TTL); a row may hold only the history's fetch time.
 */
export class Prices1765324800000 implements MigrationInterface {
  name = 'Prices1765324800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE IF NOT EXISTS gnk_daily_prices (
        coin_id text NOT NULL,
        day date NOT NULL,
        currency text NOT NULL CHECK (currency IN ('USD', 'EUR')),
        price numeric NOT NULL CHECK (price >= 0),
        priced_at timestamptz NOT NULL,
        source text NOT NULL,
        fetched_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (coin_id, day, currency)
      )`);
    await q.query(`
      CREATE TABLE IF NOT EXISTS gnk_price_quotes (
        coin_id text PRIMARY KEY,
        usd numeric CHECK (usd >= 0),
        eur numeric CHECK (eur >= 0),
        priced_at timestamptz,
        source text,
        fetched_at timestamptz,
        history_fetched_at timestamptz,
        CHECK ((fetched_at IS NULL) = (priced_at IS NULL) AND (fetched_at IS NULL) = (source IS NULL))
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS gnk_price_quotes`);
    await q.query(`DROP TABLE IF EXISTS gnk_daily_prices`);
  }
}
