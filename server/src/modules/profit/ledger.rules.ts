import { Decimal, FIAT_MINOR_UNITS, type Fiat, parseDecimal, roundFiat, sumFiat } from '../../common/money.js';
import { type Interval, type RentEntry, dayOf, rentPieces, rentRecorded } from '../rents/rent-accrual.rules.js';
import { type DayPriceLike, type PriceUsed, priceOn, rentIn } from './valuation.js';

/**
 * One node's money over a set of rented intervals: the statement's lines and the profit figures are
 * both read from it, so a statement's totals and `Node.profit` for the same month are the same numbers.
 *
 * - value of an epoch = its GNK × the GNK price of its settlement day (UTC), rounded half-even to the
 *   minor unit: the line is where it is shown, so that is its edge. Totals are sums of lines.
 * - rent of the node = the exact accrual (rent-accrual.rules.ts) in the currency, rounded once. It
 *   is split over the lines by time — a line carries the rent accrued since the previous settlement
 *   (the first: since the period's start; the last also what accrues after it) — and the rounded
 *   total is shared out by largest remainder, so the lines' rent shares add up to it exactly.
 * - net = value − rent, per line and in total.
 */
export interface EpochIncome {
  epoch: number;
  settledAt: Date;
  /** Exact GNK decimal text. */
  gnk: string;
}

export interface LedgerLine {
  /** null: the node earned nothing in the period; its rent is carried by this one line. */
  epoch: number | null;
  settledAt: Date | null;
  gnk: string;
  price: PriceUsed | null;
  value: string | null;
  rentShare: string | null;
  net: string | null;
}

export interface NodeLedger {
  lines: LedgerLine[];
  gnk: string;
  /** null when an epoch has no price (its GNK is still counted in `gnk`). */
  value: string | null;
  /** null when no rent is recorded for the intervals, or a conversion rate is missing. */
  rent: string | null;
  net: string | null;
  rentRecorded: boolean;
  /** Exact rent accrued up to each settlement (prefix sums; index i: up to line i's settlement). For break-even. */
  rentUntil: (Decimal | null)[];
}

function clip(intervals: readonly Interval[], from: number, to: number): Interval[] {
  return intervals.map((i) => ({ from: new Date(Math.max(i.from.getTime(), from)), to: new Date(Math.min(i.to.getTime(), to)) })).filter((i) => i.from < i.to);
}

/** Largest-remainder rounding: shares of `exact` rounded to the minor unit, adding up to round(Σ exact). */
export function allocate(exact: readonly Decimal[], currency: Fiat): string[] {
  const places = FIAT_MINOR_UNITS[currency];
  const unit = new Decimal(10).pow(-places);
  const total = parseDecimal(
    roundFiat(
      exact.reduce((s, e) => s.plus(e), new Decimal(0)),
      currency,
    ),
  );
  const floors = exact.map((e) => e.toDecimalPlaces(places, Decimal.ROUND_FLOOR));
  let left = total
    .minus(floors.reduce((s, f) => s.plus(f), new Decimal(0)))
    .div(unit)
    .round()
    .toNumber();
  const order = exact.map((e, i) => ({ i, rest: e.minus(floors[i]) })).sort((a, b) => b.rest.comparedTo(a.rest) || a.i - b.i);
  const shares = [...floors];
  for (const { i } of order) {
    if (left <= 0) break;
    shares[i] = shares[i].plus(unit);
    left--;
  }
  return shares.map((s) => roundFiat(s, currency));
}

export interface LedgerInput {
  /** Settled epochs inside the intervals, oldest first. */
  epochs: readonly EpochIncome[];
  rents: readonly RentEntry[];
  /** The time the node was rented by the viewer inside the asked range (never past now), not overlapping. */
  intervals: readonly Interval[];
  prices: ReadonlyMap<string, DayPriceLike>;
  currency: Fiat;
}

export function nodeLedger({ epochs, rents, intervals, prices, currency }: LedgerInput): NodeLedger {
  const recorded = rentRecorded(rents, intervals);
  // Rent windows: up to the first settlement, between settlements, and after the last one.
  const cuts = epochs.map((e) => e.settledAt.getTime());
  const edges = [Number.NEGATIVE_INFINITY, ...cuts, Number.POSITIVE_INFINITY];
  const windows = edges.slice(1).map((to, i) => (recorded ? rentIn(rentPieces(rents, clip(intervals, edges[i], to)), prices, currency) : null));
  const known = recorded && windows.every((w) => w !== null);
  const exact = known ? (windows as Decimal[]) : [];
  // The tail (after the last settlement) belongs to the last line.
  const perLine = exact.length > 1 ? [...exact.slice(0, -2), exact[exact.length - 2].plus(exact[exact.length - 1])] : exact;
  const shares = known ? allocate(perLine, currency) : null;

  const base: Omit<LedgerLine, 'rentShare' | 'net'>[] = epochs.map((e) => {
    const price = priceOn(prices, dayOf(e.settledAt), currency);
    return { epoch: e.epoch, settledAt: e.settledAt, gnk: e.gnk, price, value: price ? roundFiat(parseDecimal(e.gnk).mul(price.price), currency) : null };
  });
  if (base.length === 0 && recorded) base.push({ epoch: null, settledAt: null, gnk: '0.000000000', price: null, value: roundFiat(new Decimal(0), currency) });
  const lines = base.map((l, i) => {
    const rentShare = shares ? shares[i] : null;
    const net = l.value !== null && rentShare !== null ? roundFiat(parseDecimal(l.value).minus(rentShare), currency) : null;
    return { ...l, rentShare, net };
  });

  const gnk = epochs.reduce((s, e) => s.plus(parseDecimal(e.gnk)), new Decimal(0)).toFixed(9);
  const value = lines.every((l) => l.value !== null)
    ? sumFiat(
        lines.map((l) => l.value as string),
        currency,
      )
    : null;
  const rent = shares ? sumFiat(shares, currency) : null;
  const rentUntil: (Decimal | null)[] = [];
  let running = new Decimal(0);
  for (let i = 0; i < epochs.length; i++) {
    running = running.plus(known ? exact[i] : 0);
    rentUntil.push(known ? running : null);
  }
  return { lines, gnk, value, rent, net: difference(value, rent, currency), rentRecorded: recorded, rentUntil };
}

export function difference(a: string | null, b: string | null, currency: Fiat): string | null {
  return a === null || b === null ? null : roundFiat(parseDecimal(a).minus(parseDecimal(b)), currency);
}
