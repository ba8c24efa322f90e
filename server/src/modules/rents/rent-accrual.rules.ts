import { Decimal, type Fiat } from '../../common/money.js';

/**
 * How rent accrues (issue #16; README "Rent and profit"). Pure: entries and intervals in, exact
 * pieces out; nothing here rounds.
 *
 * - An entry is in effect from its `validFrom` day, 00:00 UTC, until the next entry's `validFrom`
 *   (exclusive), or for ever. A change therefore never rewrites the time before it.
 * - Rent accrues only inside the given intervals (the time the node was rented by the viewer, cut to
 *   the asked range and never past now) and only where an entry is in effect: before a node's first
 *   entry nothing is recorded, and nothing is counted.
 * - HOUR: amount × the exact hours of the piece (milliseconds / 3,600,000).
 * - MONTH: spread evenly over its calendar month (UTC): a piece gets amount × its length / the
 *   month's length — a whole day of a 30-day month is 1/30, a rent change on the 16th splits the
 *   month at 00:00 on the 16th, each side at its own rate.
 * - Pieces never cross a UTC day, so each can be converted at its own day's rate.
 */
export interface RentEntry {
  amount: string;
  currency: Fiat;
  period: 'HOUR' | 'MONTH';
  /** YYYY-MM-DD (UTC). */
  validFrom: string;
}

/** [from, to) */
export interface Interval {
  from: Date;
  to: Date;
}

export interface RentPiece extends Interval {
  /** The piece's UTC day, YYYY-MM-DD. */
  day: string;
  currency: Fiat;
  /** Exact, unrounded, in `currency`. */
  amount: Decimal;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

export function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export function startOfDay(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

function monthBounds(at: Date): Interval {
  const from = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
  return { from, to: new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1)) };
}

function accrued(entry: RentEntry, from: Date, to: Date): Decimal {
  const ms = new Decimal(to.getTime() - from.getTime());
  if (entry.period === 'HOUR') return new Decimal(entry.amount).mul(ms).div(HOUR_MS);
  const month = monthBounds(from);
  return new Decimal(entry.amount).mul(ms).div(month.to.getTime() - month.from.getTime());
}

/** Entries sorted by validFrom (oldest first), each with the time it is in effect. */
function spans(entries: readonly RentEntry[]): { entry: RentEntry; from: Date; to: Date | null }[] {
  const sorted = [...entries].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  return sorted.map((entry, i) => ({ entry, from: startOfDay(entry.validFrom), to: sorted[i + 1] ? startOfDay(sorted[i + 1].validFrom) : null }));
}

/** The exact rent pieces of `entries` inside `intervals` (which must not overlap), in time order. */
export function rentPieces(entries: readonly RentEntry[], intervals: readonly Interval[]): RentPiece[] {
  const pieces: RentPiece[] = [];
  for (const { entry, from, to } of spans(entries)) {
    for (const interval of intervals) {
      const start = Math.max(from.getTime(), interval.from.getTime());
      const end = Math.min(to?.getTime() ?? Number.POSITIVE_INFINITY, interval.to.getTime());
      // Day by day: a day boundary is also every month boundary.
      for (let t = start; t < end; ) {
        const next = Math.min(end, Math.floor(t / DAY_MS) * DAY_MS + DAY_MS);
        const pieceFrom = new Date(t);
        const pieceTo = new Date(next);
        pieces.push({ from: pieceFrom, to: pieceTo, day: dayOf(pieceFrom), currency: entry.currency, amount: accrued(entry, pieceFrom, pieceTo) });
        t = next;
      }
    }
  }
  return pieces.sort((a, b) => a.from.getTime() - b.from.getTime());
}

/** Whether any entry is in effect somewhere inside the intervals (else the rent is unknown, not zero). */
export function rentRecorded(entries: readonly RentEntry[], intervals: readonly Interval[]): boolean {
  return spans(entries).some(({ from, to }) => intervals.some((i) => from < i.to && (to === null || to > i.from)));
}
