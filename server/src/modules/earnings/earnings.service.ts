import { Injectable } from '@nestjs/common';
import { EarningsRepository, type EarningsBucketRow } from './earnings.repository.js';
import { EpochOutcomesRepository } from './epoch-outcomes.repository.js';
import { BadUserInput } from '../../common/domain-error.js';
import { EarningsGranularity, type DateRangeInput, type EarningsPoint, type EarningsPointScope } from './dto/earnings.model.js';

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
  if (from > to) throw new BadUserInput(`${field}.from`, `${field}.from must be before ${field}.to`, 'RANGE_REVERSED');
  if (to.getTime() - from.getTime() > MAX_DAYS * DAY_MS)
    throw new BadUserInput(field, `${field} may span at most ${MAX_DAYS} days`, 'RANGE_TOO_LONG', { days: MAX_DAYS });
  return { from, to };
}

/** A series bucket as clients see it, with what its value is computed from (EarningsPoint.amountValue). */
function toPoint(r: EarningsBucketRow, granularity: EarningsGranularity, scope: EarningsPointScope): EarningsPoint {
  return { periodStart: new Date(r.period), epoch: r.epoch, amount: r.amount, claimed: r.claimed, granularity, scope };
}

function scopeOf(range: ResolvedRange, of: { nodeIds: string[] } | { userId: string }): EarningsPointScope {
  return { ...of, from: range.from.toISOString(), to: range.to.toISOString() };
}

/** Earnings series from our own tables (written by the refresher). */
@Injectable()
export class EarningsService {
  constructor(
    private readonly earnings: EarningsRepository,
    private readonly outcomes: EpochOutcomesRepository,
  ) {}

  /** Settled rewards of the given nodes per epoch, day or week. */
  async series(nodeIds: string[], range: ResolvedRange, granularity: EarningsGranularity): Promise<EarningsPoint[]> {
    if (nodeIds.length === 0) return [];
    const scope = scopeOf(range, { nodeIds });
    return (await this.earnings.series(nodeIds, range.from, range.to, granularity)).map((r) => toPoint(r, granularity, scope));
  }

  /**
   * A customer's income per epoch, day or week: every node they owned, over the period they owned
   * it — a node passed on to someone else keeps its past in its previous owner's history.
   */
  async ownerSeries(userId: string, range: ResolvedRange, granularity: EarningsGranularity): Promise<EarningsPoint[]> {
    const scope = scopeOf(range, { userId });
    return (await this.earnings.ownerSeries(userId, range.from, range.to, granularity)).map((r) => toPoint(r, granularity, scope));
  }

  /** A customer's settled income in [from, to), exact, over their ownership periods (see ownerSeries). */
  async ownerTotal(userId: string, from: Date, to: Date): Promise<string> {
    return this.earnings.ownerTotal(userId, from, to);
  }

  /** One node's settled reward of each epoch settled at or after `since`, oldest first. */
  epochRewardsSince(nodeId: string, since: Date): Promise<{ epoch: number; amount: string }[]> {
    return this.earnings.epochRewardsSince(nodeId, since);
  }

  /** The last epoch settled and stored (null: none yet). */
  latestSettledEpoch(): Promise<number | null> {
    return this.outcomes.latestSettledEpoch();
  }

  /** The end on the chain's clock of each stored settled epoch from `from` to `to` (epochs not dated yet are left out). */
  async settledEpochEnds(from: number, to: number): Promise<Map<number, Date>> {
    const rows = await this.earnings.settledEpochs(from, to);
    return new Map(rows.filter((r) => r.epoch >= from && r.settled_at !== null).map((r) => [r.epoch, r.settled_at as Date]));
  }

  /** A node's settled epochs from `from` to `to`, settled at or after `since` (null: all), with the chain's request counts (null: not reported). */
  async epochCounts(
    nodeId: string,
    since: Date | null,
    from: number,
    to: number,
  ): Promise<{ epoch: number; inferenceCount: number | null; missedRequests: number | null }[]> {
    const rows = await this.outcomes.outcomes(nodeId, since, to + 1, to - from + 1);
    return rows.filter((r) => r.epoch >= from).map((r) => ({ epoch: r.epoch, inferenceCount: r.inference_count, missedRequests: r.missed_requests }));
  }
}
