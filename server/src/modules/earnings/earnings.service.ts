import { Injectable } from '@nestjs/common';
import { EarningsRepository, type EarningsBucketRow } from './earnings.repository.js';
import { BadUserInput } from '../../common/domain-error.js';
import { EarningsGranularity, type DateRangeInput, type EarningsPoint } from './dto/earnings.model.js';

const DEFAULT_DAYS = 30;
const MAX_DAYS = 366;
const DAY_MS = 86_400_000;

export interface ResolvedRange {
  from: Date;
  to: Date;
}

/** Defaults and bounds for a range argument; a bad one is BAD_USER_INPUT naming it. */
export function resolveRange(range: DateRangeInput | undefined, field = 'range'): ResolvedRange {
  const to = range?.to ?? new Date();
  const from = range?.from ?? new Date(to.getTime() - DEFAULT_DAYS * DAY_MS);
  if (from > to) throw new BadUserInput(`${field}.from`, `${field}.from must be before ${field}.to`);
  if (to.getTime() - from.getTime() > MAX_DAYS * DAY_MS) throw new BadUserInput(field, `${field} may span at most ${MAX_DAYS} days`);
  return { from, to };
}

/** A series bucket as clients see it. */
function toPoint(r: EarningsBucketRow): EarningsPoint {
  return { periodStart: new Date(r.period), epoch: r.epoch, amount: r.amount, claimed: r.claimed };
}

/** Earnings series from our own tables (written by the refresher). */
@Injectable()
export class EarningsService {
  constructor(private readonly earnings: EarningsRepository) {}

  /** Settled rewards of the given nodes per epoch, day or week. */
  async series(nodeIds: string[], range: ResolvedRange, granularity: EarningsGranularity): Promise<EarningsPoint[]> {
    if (nodeIds.length === 0) return [];
    return (await this.earnings.series(nodeIds, range.from, range.to, granularity)).map(toPoint);
  }

  /**
   * A customer's income per epoch, day or week: every node they owned, over the period they owned
   * it — a node passed on to someone else keeps its past in its previous owner's history.
   */
  async ownerSeries(userId: string, range: ResolvedRange, granularity: EarningsGranularity): Promise<EarningsPoint[]> {
    return (await this.earnings.ownerSeries(userId, range.from, range.to, granularity)).map(toPoint);
  }

  /** A customer's settled income in [from, to), exact, over their ownership periods (see ownerSeries). */
  async ownerTotal(userId: string, from: Date, to: Date): Promise<string> {
    return this.earnings.ownerTotal(userId, from, to);
  }
}
