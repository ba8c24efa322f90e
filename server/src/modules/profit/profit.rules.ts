import { Decimal, type Fiat, parseDecimal, roundFiat, sumFiat } from '../../common/money.js';
import { difference, type NodeLedger } from './ledger.rules.js';

/** How far back a return on rent is computed (the daily price history is back-filled a year back). */
export const RETURN_MAX_DAYS = 365;

/** What a period earned and cost, in one currency (decimal strings at the minor unit). */
export interface ProfitFigures {
  currency: Fiat;
  /** Exact GNK. */
  incomeGnk: string;
  /** The GNK's value at each settlement day's price; null when a day has no price. */
  income: string | null;
  /** null when a node's rent is not recorded for the period (unknown, not zero). */
  rent: string | null;
  net: string | null;
  /** net ÷ income in percent (2 decimals, half-even); null when income is unknown or 0. */
  margin: string | null;
  /** Nodes of the period without a recorded rent (their rent is unknown, so the total's is). */
  nodesWithoutRent: number;
}

/** A ratio in percent, 2 decimals half-even; null when the divisor is unknown or 0. */
export function percent(part: string | null, whole: string | null): string | null {
  if (part === null || whole === null || parseDecimal(whole).isZero()) return null;
  return parseDecimal(part).div(parseDecimal(whole)).mul(100).toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN).toFixed(2);
}

/** The figures of one node or of several (each node's own rounded figures summed: the sum of the shown lines). */
export function profitOf(ledgers: readonly NodeLedger[], currency: Fiat): ProfitFigures {
  const incomeGnk = ledgers.reduce((s, l) => s.plus(parseDecimal(l.gnk)), new Decimal(0)).toFixed(9);
  const income = ledgers.every((l) => l.value !== null)
    ? sumFiat(
        ledgers.map((l) => l.value as string),
        currency,
      )
    : null;
  const nodesWithoutRent = ledgers.filter((l) => !l.rentRecorded).length;
  const rent = ledgers.every((l) => l.rent !== null)
    ? sumFiat(
        ledgers.map((l) => l.rent as string),
        currency,
      )
    : null;
  const net = difference(income, rent, currency);
  return { currency, incomeGnk, income, rent, net, margin: percent(net, income), nodesWithoutRent };
}

/**
 * The last settlement at which the cumulative net (values of the epochs so far − rent accrued up
 * to then) turned ≥ 0, if it is still ≥ 0 now; null when it is negative now or the rent is unknown.
 * Income arrives at settlements and rent accrues in between, so the net can only turn ≥ 0 at one.
 */
export function breakEvenAt(ledger: NodeLedger, currency: Fiat): Date | null {
  if (ledger.net === null || parseDecimal(ledger.net).isNegative()) return null;
  let value = new Decimal(0);
  let since: Date | null = null;
  let wasPositive = false;
  ledger.lines.forEach((line, i) => {
    const rent = ledger.rentUntil[i];
    if (line.value === null || rent === undefined || rent === null || line.settledAt === null) return;
    value = value.plus(parseDecimal(line.value));
    const positive = !parseDecimal(roundFiat(value.minus(rent), currency)).isNegative();
    if (positive && !wasPositive) since = line.settledAt;
    wasPositive = positive;
  });
  return wasPositive ? since : null;
}

/** The month's projection: income so far extrapolated over the month's rented time, rent as it will have accrued. */
export interface Projection {
  income: string | null;
  rent: string | null;
  net: string | null;
  margin: string | null;
}

/** Rounds the projected income and rent (exact, summed over nodes) once, at the edge. */
export function project(income: Decimal | null, rent: Decimal | null, currency: Fiat): Projection {
  const i = income === null ? null : roundFiat(income, currency);
  const r = rent === null ? null : roundFiat(rent, currency);
  const net = difference(i, r, currency);
  return { income: i, rent: r, net, margin: percent(net, i) };
}

/** One piece of rent in the figures' currency, exact, over [from, to) (ms): rent accrues evenly inside a piece. */
export interface TimedRent {
  from: number;
  to: number;
  amount: Decimal;
}

/** Rent of time-ordered, non-overlapping pieces accrued by `t`, exact (prefix sums; the piece `t` falls in counts in part). */
function rentBy(pieces: readonly TimedRent[], prefix: readonly Decimal[], t: number): Decimal {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid].to <= t) lo = mid + 1;
    else hi = mid;
  }
  const whole = prefix[lo];
  const piece = pieces[lo];
  if (!piece || piece.from >= t) return whole;
  return whole.plus(piece.amount.mul(t - piece.from).div(piece.to - piece.from));
}

/**
 * The account's break-even: as breakEvenAt, over every node at once — at each settlement (of any
 * node) the values settled so far (each epoch's rounded value) against the rent every node accrued
 * up to then. null when the account's net is negative now, or a value or a rent is unknown.
 */
export function accountBreakEvenAt(nodes: readonly { ledger: NodeLedger; rent: TimedRent[] | null }[], net: string | null, currency: Fiat): Date | null {
  if (net === null || parseDecimal(net).isNegative() || nodes.some((n) => n.rent === null)) return null;
  const rents = nodes.map((n) => {
    const pieces = [...(n.rent as TimedRent[])].sort((a, b) => a.from - b.from);
    const prefix = [new Decimal(0)];
    for (const p of pieces) prefix.push(prefix[prefix.length - 1].plus(p.amount));
    return { pieces, prefix };
  });
  const settlements = new Map<number, Decimal>();
  for (const { ledger } of nodes)
    for (const line of ledger.lines) {
      if (line.settledAt === null) continue;
      if (line.value === null) return null;
      const at = line.settledAt.getTime();
      settlements.set(at, (settlements.get(at) ?? new Decimal(0)).plus(parseDecimal(line.value)));
    }
  let value = new Decimal(0);
  let since: Date | null = null;
  let wasPositive = false;
  for (const at of [...settlements.keys()].sort((a, b) => a - b)) {
    value = value.plus(settlements.get(at) as Decimal);
    const rent = rents.reduce((s, r) => s.plus(rentBy(r.pieces, r.prefix, at)), new Decimal(0));
    const positive = !parseDecimal(roundFiat(value.minus(rent), currency)).isNegative();
    if (positive && !wasPositive) since = new Date(at);
    wasPositive = positive;
  }
  return wasPositive ? since : null;
}
