import { Injectable } from '@nestjs/common';
import { Decimal, type Fiat } from '../../common/money.js';
import { EpochClockService } from '../epochs/epoch-clock.service.js';
import { EpochRiskService } from '../epochs/epoch-risk.service.js';
import { valueAtCurrentPrice } from '../prices/fiat-valuation.rules.js';
import { dayOf, rentPieces } from '../rents/rent-accrual.rules.js';
import { Currency } from '../users/dto/user.enums.js';
import type { Profit, ProfitProjection } from './dto/profit.model.js';
import { project } from './profit.rules.js';
import { monthStart, nextMonth } from './profit-range.js';
import { clip, lengthOf, subjectOf } from './profit-scope.js';
import { ProfitService } from './profit.service.js';
import { type NodeProjectionInput, projectIncome, RECENT_PACE_DAYS } from './projection.rules.js';
import { rentIn } from './valuation.js';

const DAY_MS = 86_400_000;

/** Profit.projection: the current month carried to its end (projection.rules.ts), computed only when asked. */
@Injectable()
export class ProfitProjectionService {
  constructor(
    private readonly profit: ProfitService,
    private readonly risks: EpochRiskService,
    private readonly clock: EpochClockService,
  ) {}

  /** null unless the figures are of the current month. */
  async projection(profit: Profit): Promise<ProfitProjection | null> {
    const now = new Date();
    const start = monthStart(now);
    const end = nextMonth(start);
    if (profit.from.getTime() !== start.getTime() || profit.to.getTime() !== end.getTime()) return null;
    const currency = profit.currency as Fiat;
    const subject = subjectOf(profit.scope);
    const recentFrom = new Date(now.getTime() - RECENT_PACE_DAYS * DAY_MS);
    // The figures are of this month already: their ledgers are this month's.
    const [{ nodes, prices }, periods, recent, clock, quote] = await Promise.all([
      profit.ledgers ?? this.profit.ledgers(subject, start, end, currency),
      this.profit.rentedIntervals(subject, start, end),
      this.profit.ledgers(subject, recentFrom, now, currency),
      this.clock.read(),
      this.profit.currentQuote(),
    ]);
    const ids = nodes.map((n) => n.nodeId);
    const [entries, identifiers] = await Promise.all([this.profit.rentEntries(ids), this.profit.identifiersOf(ids)]);
    const months = new Map(nodes.map((n) => [n.nodeId, clip(periods.get(n.nodeId) ?? [], start, end)]));
    const rentedNow = ids.filter((id) => (months.get(id) ?? []).some((i) => i.from <= now && i.to > now));
    // The current epoch's reward lands in this month only when the epoch ends before the month does.
    const epochEnd = clock.windowCloses && clock.windowCloses > now ? clock.windowCloses : now;
    const estimateCounts = epochEnd < end;
    const remainingFrom = new Date(Math.min(epochEnd.getTime(), end.getTime()));
    const estimates = estimateCounts ? await this.risks.currentEstimates(rentedNow.map((id) => identifiers.get(id) as string)) : new Map();
    const recentById = new Map(recent.nodes.map((n) => [n.nodeId, n]));

    const inputs: NodeProjectionInput[] = nodes.map((n) => {
      const r = recentById.get(n.nodeId);
      const counts = rentedNow.includes(n.nodeId);
      return {
        settledValue: n.ledger.value,
        estimateGnk: counts ? (estimates.get(identifiers.get(n.nodeId)) ?? null) : null,
        recentGnk: r?.ledger.gnk ?? '0',
        recentRentedMs: r ? lengthOf(r.intervals) : 0,
        remainingMs: counts ? lengthOf(clip(months.get(n.nodeId) ?? [], remainingFrom, end)) : 0,
      };
    });
    const price = quote?.[currency === 'USD' ? 'usd' : 'eur'] ?? null;
    const income = projectIncome(inputs, price, currency);

    // Rent: days so far at their own rate, the rest of the month at today's.
    const today = dayOf(now);
    let rent: Decimal | null = new Decimal(0);
    for (const n of nodes) {
      const pieces = rentPieces(entries.get(n.nodeId) ?? [], months.get(n.nodeId) ?? []);
      const past = rentIn(
        pieces.filter((x) => x.to <= now),
        prices,
        currency,
      );
      const future = rentIn(
        pieces.filter((x) => x.to > now),
        prices,
        currency,
        today,
      );
      rent = rent && past && future && n.ledger.rentRecorded ? rent.plus(past).plus(future) : null;
    }
    const figures = project(income.income === null ? null : new Decimal(income.income), rent, currency);
    return {
      projected: true,
      through: end,
      ...figures,
      settledIncome: income.settled,
      currentEpochEstimate: income.estimateGnk,
      currentEpochEstimateValue: valueAtCurrentPrice(income.estimateGnk, currency as Currency, quote),
      paceGnkPerDay: income.paceGnkPerDay,
      remainingFrom,
      remainingIncome: income.remaining,
    };
  }
}
