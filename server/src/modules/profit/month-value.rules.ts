import { Decimal, type Fiat, parseDecimal, roundFiat, sumFiat } from '../../common/money.js';
import type { DayPrice, PriceQuote } from '../prices/prices.types.js';
import { dayOf } from '../rents/rent-accrual.rules.js';
import type { LedgerLine } from './ledger.rules.js';

/** What `FiatValue` carries for a fiat currency. */
export interface LinesValue {
  amount: string;
  currency: Fiat;
  price: string;
  priceAt: Date;
  stale: boolean;
}

type PricedLine = LedgerLine & { settledAt: Date; value: string; price: NonNullable<LedgerLine['price']> };

const priced = (l: LedgerLine): l is PricedLine => l.settledAt !== null && l.value !== null && l.price !== null;

/**
 * The value of settled ledger lines as one figure: the sum of the lines' values, each an epoch's GNK
 * × its settlement day's price rounded to the cent — the statement's income total, so the
 * dashboard's month value, its profit card and the month's statement agree to the cent. `price` is
 * the income-weighted average of the day prices (10 significant digits), `priceAt` the newest
 * price's time; stale when a day took an earlier day's price, or today's price is a failing quote.
 * No income: 0 at the current price (null without one); a line without a price: null (absent).
 */
export function valueOfLines(
  lines: readonly LedgerLine[],
  currency: Fiat,
  prices: ReadonlyMap<string, DayPrice>,
  quote: PriceQuote | null,
  today: string,
): LinesValue | null {
  const settled = lines.filter((l) => l.epoch !== null);
  const gnk = settled.reduce((s, l) => s.plus(parseDecimal(l.gnk)), new Decimal(0));
  if (gnk.isZero()) {
    const price = quote?.[currency === 'USD' ? 'usd' : 'eur'];
    return quote && price ? { amount: roundFiat(new Decimal(0), currency), currency, price, priceAt: quote.at, stale: quote.stale } : null;
  }
  const valued = settled.filter(priced);
  if (valued.length < settled.length) return null;
  let exact = new Decimal(0);
  let priceAt = new Date(0);
  let stale = false;
  for (const line of valued) {
    exact = exact.plus(parseDecimal(line.gnk).mul(parseDecimal(line.price.price)));
    const at = prices.get(line.price.day)?.at;
    if (at && at > priceAt) priceAt = at;
    const day = dayOf(line.settledAt);
    stale ||= line.price.day !== day || (day === today && (quote?.stale ?? false));
  }
  const amount = sumFiat(
    valued.map((l) => l.value),
    currency,
  );
  return { amount, currency, price: exact.div(gnk).toSignificantDigits(10).toFixed(), priceAt, stale };
}
