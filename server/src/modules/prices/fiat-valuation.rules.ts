import { Decimal, parseDecimal, roundFiat, type Fiat } from '../../common/money.js';
import { Currency } from '../users/dto/user.enums.js';
import type { DayPrice, PriceQuote } from './prices.types.js';

/**
 * How a GNK amount gets its companion in the viewer's currency (issue #16; README "Rent, profit and
 * the monthly statement"). Pure: incomes and prices in, a value out.
 *
 * - Settled GNK: Σ (GNK of each settlement day × that day's price), exact, rounded once, half-even.
 * - A current estimate (not settled yet): GNK × the current price, rounded once.
 * - A day without a price of its own takes the nearest earlier day's (≤ CARRY_FORWARD_DAYS), marked
 *   stale; beyond that the value is null (absent, never zero) — the GNK figure is shown regardless.
 * - A GNK preference: the GNK amount itself (currency GNK, price 1), as `earningsMonthValue` always did.
 */

/** GNK settled on one UTC day (YYYY-MM-DD): exact GNK text, up to 9 decimals. */
export interface DayIncome {
  day: string;
  gnk: string;
}

/** What `FiatValue` carries (see its GraphQL descriptions). */
export interface ValuedAmount {
  amount: string;
  currency: Currency;
  price: string;
  priceAt: Date;
  stale: boolean;
}

/** The prices one request values with: the daily prices by day (today's from the quote) and the current quote. */
export interface PriceBook {
  byDay: ReadonlyMap<string, DayPrice>;
  quote: PriceQuote | null;
}

export const GNK_DECIMALS = 9;
/** A day without a price of its own takes the nearest earlier day's within this window. */
export const CARRY_FORWARD_DAYS = 7;
const DAY_MS = 86_400_000;

export function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function gnkValue(gnk: Decimal): ValuedAmount {
  return { amount: gnk.toFixed(GNK_DECIMALS), currency: Currency.GNK, price: '1', priceAt: new Date(), stale: false };
}

function fieldOf(fiat: Fiat): 'usd' | 'eur' {
  return fiat === 'USD' ? 'usd' : 'eur';
}

function priceOn(byDay: ReadonlyMap<string, DayPrice>, day: string, field: 'usd' | 'eur'): { price: string; at: Date; substitute: boolean } | null {
  for (let back = 0; back <= CARRY_FORWARD_DAYS; back++) {
    const p = byDay.get(shiftDay(day, -back));
    const price = p?.[field];
    if (p && price) return { price, at: p.at, substitute: back > 0 };
  }
  return null;
}

/** Settled income valued at each settlement day's price (see the file's comment); `today` is the UTC day now. */
export function valueSettled(incomes: readonly DayIncome[], currency: Currency, book: PriceBook, today: string): ValuedAmount | null {
  const gnkTotal = incomes.reduce((sum, i) => sum.plus(parseDecimal(i.gnk)), new Decimal(0));
  if (currency === Currency.GNK) return gnkValue(gnkTotal);
  const fiat: Fiat = currency;
  const field = fieldOf(fiat);
  if (incomes.length === 0 || gnkTotal.isZero()) {
    const price = book.quote?.[field];
    if (!book.quote || !price) return null;
    return { amount: roundFiat(new Decimal(0), fiat), currency, price, priceAt: book.quote.at, stale: book.quote.stale };
  }
  let value = new Decimal(0);
  let priceAt = new Date(0);
  let stale = false;
  for (const income of incomes) {
    const used = priceOn(book.byDay, income.day, field);
    if (!used) return null;
    value = value.plus(parseDecimal(income.gnk).mul(parseDecimal(used.price)));
    if (used.at > priceAt) priceAt = used.at;
    stale ||= used.substitute;
  }
  // Today's price is the current quote until the day's own is known: stale when the quote is.
  if (incomes.some((i) => i.day === today)) stale ||= book.quote?.stale ?? false;
  const average = value.div(gnkTotal).toSignificantDigits(10).toFixed();
  return { amount: roundFiat(value, fiat), currency, price: average, priceAt, stale };
}

/** An amount not settled yet (an estimate) at the current price; null without one (or without an amount). */
export function valueAtCurrentPrice(gnk: string | null, currency: Currency, quote: PriceQuote | null): ValuedAmount | null {
  if (gnk === null) return null;
  const amount = parseDecimal(gnk);
  if (currency === Currency.GNK) return gnkValue(amount);
  const fiat: Fiat = currency;
  const price = quote?.[fieldOf(fiat)];
  if (!quote || !price) return null;
  return { amount: roundFiat(amount.mul(parseDecimal(price)), fiat), currency, price, priceAt: quote.at, stale: quote.stale };
}

/** The earliest day a book must reach back to for these incomes (their first day, less the carry-forward window). */
export function firstPriceDay(incomes: readonly DayIncome[], today: string): string {
  // YYYY-MM-DD sorts as text.
  const [first] = [today, ...incomes.map((i) => i.day)].sort();
  return shiftDay(first, -CARRY_FORWARD_DAYS);
}
