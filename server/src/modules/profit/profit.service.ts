import { Injectable } from '@nestjs/common';
import { type Fiat, isFiat } from '../../common/money.js';
import { EarningsGranularity } from '../earnings/dto/earnings.model.js';
import { EarningsService } from '../earnings/earnings.service.js';
import { type PriceQuote, PricesService } from '../prices/prices.service.js';
import type { DayPrice } from '../prices/prices.types.js';
import type { Interval, RentEntry } from '../rents/rent-accrual.rules.js';
import { dayOf } from '../rents/rent-accrual.rules.js';
import { RentsService } from '../rents/rents.service.js';
import { UsersService } from '../users/users.service.js';
import { type EpochIncome, type NodeLedger, nodeLedger } from './ledger.rules.js';
import { NodeLookupsRepository } from '../nodes/node-lookups.repository.js';
import { PRICE_FALLBACK_DAYS } from './valuation.js';

/** Open period starts (a node's first owner: from the beginning) — before any rent or epoch. */
export const FAR_PAST = new Date('2000-01-01T00:00:00.000Z');
const FAR_FUTURE = new Date('9999-12-31T00:00:00.000Z');

/** Whose money over what: a node as one viewer sees it, or every node a customer owned. */
export type ProfitSubject = { nodeId: string; visibleFrom: Date | null } | { userId: string };

export interface SubjectLedgers {
  currency: Fiat;
  nodes: { nodeId: string; intervals: Interval[]; ledger: NodeLedger }[];
  prices: Map<string, DayPrice>;
  priceSource: string | null;
}

function clip(intervals: readonly Interval[], from: Date, to: Date): Interval[] {
  return intervals.map((i) => ({ from: i.from > from ? i.from : from, to: i.to < to ? i.to : to })).filter((i) => i.from < i.to);
}

function dayShift(day: string, days: number): string {
  return dayOf(new Date(new Date(`${day}T00:00:00.000Z`).getTime() + days * 86_400_000));
}

/**
 * The money side of nodes: settled income (EarningsService), its value at each settlement day's
 * price (PricesService), the rent (RentsService) — built into one ledger per node (ledger.rules.ts)
 * from which profit figures and statements are both read.
 */
@Injectable()
export class ProfitService {
  constructor(
    private readonly earnings: EarningsService,
    private readonly prices: PricesService,
    private readonly rents: RentsService,
    private readonly users: UsersService,
    private readonly repo: NodeLookupsRepository,
  ) {}

  /** The currency a user's figures are in: their preference, USD when it is GNK (a profit needs a fiat currency). */
  async currencyOf(userId: string): Promise<Fiat> {
    const user = await this.users.getById(userId);
    return isFiat(user.currencyPreference) ? user.currencyPreference : 'USD';
  }

  /** The subject's nodes and the time each was rented by the viewer (open ends: from the beginning / until now). */
  async rentedIntervals(subject: ProfitSubject, from: Date, to: Date): Promise<Map<string, Interval[]>> {
    if ('nodeId' in subject) return new Map([[subject.nodeId, [{ from: subject.visibleFrom ?? FAR_PAST, to: FAR_FUTURE }]]]);
    const byNode = new Map<string, Interval[]>();
    for (const p of await this.repo.ownershipPeriods(subject.userId, from, to)) {
      const list = byNode.get(p.node_id) ?? [];
      list.push({ from: p.starts ?? FAR_PAST, to: p.ends ?? FAR_FUTURE });
      byNode.set(p.node_id, list);
    }
    return byNode;
  }

  /** When the subject's current ownership of each node began: the customer's nodes held now, or the node's (none when unassigned). */
  async assignments(subject: ProfitSubject): Promise<Map<string, Date>> {
    const rows = await this.repo.assignments('nodeId' in subject ? { nodeId: subject.nodeId } : { userId: subject.userId });
    return new Map(rows.map((r) => [r.node_id, r.assigned_at]));
  }

  /** Daily prices covering [from, to) and the days before it a gap may fall back to. */
  async pricesFor(from: Date, to: Date): Promise<{ prices: Map<string, DayPrice>; source: string | null }> {
    const last = dayOf(new Date(Math.min(to.getTime() - 1, Date.now())));
    const first = dayShift(dayOf(from), -PRICE_FALLBACK_DAYS);
    // A range that starts in the future still needs a valid span (its own days have no price yet).
    const [start] = [first, last].sort();
    const prices = await this.prices.dailyPrices(start, last);
    const source = [...prices.values()].at(-1)?.source ?? null;
    return { prices, source };
  }

  /**
   * One ledger per node of the subject over [from, to) (rent never past now), in `currency`.
   * `starts`: a later start per node (a return on rent counts from each node's assignment); with
   * it, only the nodes it names.
   */
  async ledgers(subject: ProfitSubject, from: Date, to: Date, currency: Fiat, starts?: ReadonlyMap<string, Date>): Promise<SubjectLedgers> {
    const now = new Date();
    const [periods, { prices, source }] = await Promise.all([this.rentedIntervals(subject, from, to), this.pricesFor(from, to)]);
    const nodeIds = [...periods.keys()].filter((id) => !starts || starts.has(id));
    const rents = await this.rents.entriesFor(nodeIds);
    const nodes = await Promise.all(
      nodeIds.map(async (nodeId) => {
        const start = starts?.get(nodeId);
        const owned = clip(periods.get(nodeId) ?? [], start && start > from ? start : from, to);
        const epochs = await this.epochsIn(nodeId, owned);
        const intervals = clip(owned, from, to < now ? to : now);
        return { nodeId, intervals, ledger: nodeLedger({ epochs, rents: rents.get(nodeId) ?? [], intervals, prices, currency }) };
      }),
    );
    return { currency, nodes, prices, priceSource: source };
  }

  /** The current GNK quote (projections value what is not settled yet at it). */
  currentQuote(): Promise<PriceQuote | null> {
    return this.prices.current();
  }

  /** Gonka identifiers by node id (the epoch guard's estimates are per host). */
  async identifiersOf(nodeIds: readonly string[]): Promise<Map<string, string>> {
    return new Map((await this.repo.nodeLabels(nodeIds)).map((r) => [r.id, r.identifier]));
  }

  /** The rent entries of the subject's nodes (for projections and ROI starts). */
  rentEntries(nodeIds: readonly string[]): Promise<Map<string, RentEntry[]>> {
    return this.rents.entriesFor(nodeIds);
  }

  /** Settled epochs of the node inside the intervals, oldest first. */
  private async epochsIn(nodeId: string, intervals: readonly Interval[]): Promise<EpochIncome[]> {
    const out: EpochIncome[] = [];
    for (const i of intervals) {
      // The earnings series' range is inclusive at both ends; ours is [from, to).
      const points = await this.earnings.series([nodeId], { from: i.from, to: new Date(i.to.getTime() - 1) }, EarningsGranularity.EPOCH);
      for (const p of points) if (p.epoch !== null) out.push({ epoch: p.epoch, settledAt: p.periodStart, gnk: p.amount });
    }
    return out.sort((a, b) => a.settledAt.getTime() - b.settledAt.getTime() || a.epoch - b.epoch);
  }
}
