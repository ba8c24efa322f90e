import { Decimal, type Fiat, parseDecimal, roundFiat, sumFiat } from '../../common/money.js';

/**
 * The current month's projected income (issue #16; README "Rent, profit and the monthly statement"),
 * per node and summed — clearly a projection:
 *
 *   income = settled so far                       (each epoch at its settlement day's price, as `income`)
 *          + the current epoch's estimate         (the epoch guard's, at the current price; only when the
 *                                                  epoch ends inside the month)
 *          + pace × the rented time left after the current epoch's end, at the current price
 *   pace   = GNK settled in the last RECENT_PACE_DAYS ÷ the node's rented time in them.
 *
 * Each of the three parts is rounded once; the income is the sum of the shown parts.
 */
export const RECENT_PACE_DAYS = 7;
const DAY_MS = 86_400_000;

export interface NodeProjectionInput {
  /** The month's settled value so far (the ledger's); null when a day has no price. */
  settledValue: string | null;
  /** The current epoch's estimate (exact GNK), when it counts for this month; null: none. */
  estimateGnk: string | null;
  /** GNK settled in the recent window and the node's rented time in it (ms). */
  recentGnk: string;
  recentRentedMs: number;
  /** The node's rented time from after the current epoch to the month's end (ms). */
  remainingMs: number;
}

export interface ProjectedIncome {
  settled: string | null;
  /** Σ of the counted estimates, exact GNK; null when no node has one. */
  estimateGnk: string | null;
  /** Σ of each node's pace, GNK per day (9 decimals, half-even). */
  paceGnkPerDay: string;
  /** The pace part, valued at the current price; null without a price. */
  remaining: string | null;
  /** The estimate valued at the current price; null without an estimate or a price. */
  estimateValue: string | null;
  income: string | null;
}

export function projectIncome(nodes: readonly NodeProjectionInput[], price: string | null, currency: Fiat): ProjectedIncome {
  const settled = nodes.every((n) => n.settledValue !== null)
    ? sumFiat(
        nodes.map((n) => n.settledValue as string),
        currency,
      )
    : null;
  const estimates = nodes.filter((n) => n.estimateGnk !== null).map((n) => parseDecimal(n.estimateGnk as string));
  const estimateGnk = estimates.length ? estimates.reduce((s, e) => s.plus(e), new Decimal(0)) : null;
  let pace = new Decimal(0);
  let remainingGnk = new Decimal(0);
  for (const n of nodes) {
    if (n.recentRentedMs <= 0) continue;
    const perMs = parseDecimal(n.recentGnk).div(n.recentRentedMs);
    pace = pace.plus(perMs.mul(DAY_MS));
    remainingGnk = remainingGnk.plus(perMs.mul(n.remainingMs));
  }
  const p = price === null ? null : parseDecimal(price);
  const remaining = p === null ? null : roundFiat(remainingGnk.mul(p), currency);
  const estimateValue = p === null || estimateGnk === null ? null : roundFiat(estimateGnk.mul(p), currency);
  // No estimate adds nothing; an unknown price makes the future parts (and so the income) unknown.
  const parts = [settled, remaining, estimateGnk === null ? '0' : estimateValue];
  const income = parts.every((x) => x !== null) ? sumFiat(parts as string[], currency) : null;
  return {
    settled,
    estimateGnk: estimateGnk?.toFixed(9) ?? null,
    paceGnkPerDay: pace.toDecimalPlaces(9, Decimal.ROUND_HALF_EVEN).toFixed(9),
    remaining,
    estimateValue,
    income,
  };
}
