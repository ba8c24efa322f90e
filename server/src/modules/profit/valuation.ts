import { Decimal, type Fiat, parseDecimal } from '../../common/money.js';
import type { RentPiece } from '../rents/rent-accrual.rules.js';

/** One day's GNK price in both currencies, as PricesService.dailyPrices gives it (decimal strings). */
export interface DayPriceLike {
  usd: string | null;
  eur: string | null;
}

/** How many days back a missing day's price may be taken from (a gap in the source's history). */
export const PRICE_FALLBACK_DAYS = 7;

export interface PriceUsed {
  /** GNK in the currency, full precision, as the source gave it. */
  price: string;
  /** The day whose price it is (the settlement day, or the nearest earlier day with a price). */
  day: string;
}

function dayBefore(day: string, n: number): string {
  return new Date(new Date(`${day}T00:00:00.000Z`).getTime() - n * 86_400_000).toISOString().slice(0, 10);
}

/** The GNK price of `day` in `currency`; a day missing from the history takes the nearest earlier one (≤ 7 days); else null. */
export function priceOn(prices: ReadonlyMap<string, DayPriceLike>, day: string, currency: Fiat): PriceUsed | null {
  for (let back = 0; back <= PRICE_FALLBACK_DAYS; back++) {
    const d = dayBefore(day, back);
    const p = prices.get(d);
    const value = currency === 'USD' ? p?.usd : p?.eur;
    if (value) return { price: value, day: d };
  }
  return null;
}

/**
 * The rate from one fiat currency to another on `day`, crossed through the day's GNK prices of the
 * same source (EUR per USD = GNK-in-EUR ÷ GNK-in-USD): one source for every figure. 1 for the same currency.
 */
export function fxRate(prices: ReadonlyMap<string, DayPriceLike>, day: string, from: Fiat, to: Fiat): Decimal | null {
  if (from === to) return new Decimal(1);
  const a = priceOn(prices, day, from);
  const b = priceOn(prices, day, to);
  if (!a || !b || parseDecimal(a.price).isZero()) return null;
  return parseDecimal(b.price).div(parseDecimal(a.price));
}

/**
 * The exact sum of rent pieces in `currency`, each converted at its own day's rate (`rateDay`
 * overrides the day: a projection converts future days at today's rate). null when a rate is missing.
 */
export function rentIn(pieces: readonly RentPiece[], prices: ReadonlyMap<string, DayPriceLike>, currency: Fiat, rateDay?: string): Decimal | null {
  let total = new Decimal(0);
  for (const piece of pieces) {
    const rate = fxRate(prices, rateDay ?? piece.day, piece.currency, currency);
    if (!rate) return null;
    total = total.plus(piece.amount.mul(rate));
  }
  return total;
}
