/** The Money seam's price shapes (contract): decimal strings at full precision, never floats. */

/** The current price of 1 GNK. `at` is the source's time of the price; `stale` when refreshes have been failing. */
export interface PriceQuote {
  usd: string | null;
  eur: string | null;
  at: Date;
  source: string;
  stale: boolean;
}

/** One UTC day's price of 1 GNK (the day's 00:00 UTC price as the source gave it). */
export interface DayPrice {
  usd: string | null;
  eur: string | null;
  at: Date;
  source: string;
}

/** The price adapter and what users are told the price's source is ('simulator' in demo mode, else the API's host). */
export const PRICE_SOURCE = Symbol('PRICE_SOURCE');
