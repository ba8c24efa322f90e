import { Injectable } from '@nestjs/common';
import { Decimal, type Fiat, roundFiat } from '../../common/money.js';
import { type RentPiece, dayOf, rentPieces } from '../rents/rent-accrual.rules.js';
import { Currency } from '../users/dto/user.enums.js';
import type { Profit, ProfitDay, ProfitRangeInput, ProfitReturn, ProfitScope } from './dto/profit.model.js';
import { RETURN_MAX_DAYS, accountBreakEvenAt, breakEvenAt, percent, profitOf, type TimedRent } from './profit.rules.js';
import { resolveProfitRange } from './profit-range.js';
import { ProfitService } from './profit.service.js';
import { subjectOf } from './profit-scope.js';
import { type DayPriceLike, fxRate } from './valuation.js';

const DAY_MS = 86_400_000;

/** Rent pieces in the figures' currency, each at its own day's rate; null when a rate is missing. */
function timedRent(pieces: readonly RentPiece[], prices: ReadonlyMap<string, DayPriceLike>, currency: Fiat): TimedRent[] | null {
  const out: TimedRent[] = [];
  for (const p of pieces) {
    const rate = fxRate(prices, p.day, p.currency, currency);
    if (!rate) return null;
    out.push({ from: p.from.getTime(), to: p.to.getTime(), amount: p.amount.mul(rate) });
  }
  return out;
}

/** Profit as the API shows it: the figures of a range, and — only when asked — the return on rent and the month's projection. */
@Injectable()
export class ProfitReportService {
  constructor(private readonly profit: ProfitService) {}

  async figures(scope: ProfitScope, input: ProfitRangeInput | undefined): Promise<Profit> {
    const range = resolveProfitRange(input);
    const currency = await this.profit.currencyOf(scope.viewerId);
    const ledgers = await this.profit.ledgers(subjectOf(scope), range.from, range.to, currency);
    const figures = profitOf(
      ledgers.nodes.map((n) => n.ledger),
      currency,
    );
    return { ...figures, currency: currency as Currency, from: range.from, to: range.to, priceSource: ledgers.priceSource, scope, ledgers };
  }

  /**
   * Return on rent since the assignment: each node from the start of its current ownership period
   * (income and rent both; a rent in effect before it counts from it, one set later from its day),
   * at most RETURN_MAX_DAYS back; break-even for a node and for the account.
   */
  async returns(profit: Profit): Promise<ProfitReturn> {
    const now = new Date();
    const subject = subjectOf(profit.scope);
    const earliest = new Date(now.getTime() - RETURN_MAX_DAYS * DAY_MS);
    const starts = new Map([...(await this.profit.assignments(subject))].map(([nodeId, at]) => [nodeId, at > earliest ? at : earliest]));
    if (starts.size === 0) return { roi: null, since: null, net: null, breakEvenAt: null };
    const entries = await this.profit.rentEntries([...starts.keys()]);
    const from = new Date(Math.min(...[...starts.values()].map((d) => d.getTime())));
    const { nodes, prices } = await this.profit.ledgers(subject, from, now, profit.currency as Fiat, starts);
    const figures = profitOf(
      nodes.map((n) => n.ledger),
      profit.currency as Fiat,
    );
    const firstRented = nodes.flatMap((n) => n.intervals.map((i) => i.from.getTime()));
    const since = firstRented.length ? new Date(Math.min(...firstRented)) : from;
    const currency = profit.currency as Fiat;
    const node = 'nodeId' in subject ? nodes[0]?.ledger : undefined;
    const account = () =>
      accountBreakEvenAt(
        nodes.map((n) => ({ ledger: n.ledger, rent: timedRent(rentPieces(entries.get(n.nodeId) ?? [], n.intervals), prices, currency) })),
        figures.net,
        currency,
      );
    return {
      roi: percent(figures.net, figures.rent),
      since,
      net: figures.net,
      breakEvenAt: node ? breakEvenAt(node, currency) : 'userId' in subject ? account() : null,
    };
  }

  /** Income and rent per UTC day of the range, up to today (the node page's income-vs-rent chart). */
  async daily(profit: Profit): Promise<ProfitDay[]> {
    const currency = profit.currency as Fiat;
    const ledgers = profit.ledgers ?? (await this.profit.ledgers(subjectOf(profit.scope), profit.from, profit.to, currency));
    const entries = await this.profit.rentEntries(ledgers.nodes.map((n) => n.nodeId));
    const income = new Map<string, Decimal | null>();
    const rent = new Map<string, Decimal | null>();
    const add = (m: Map<string, Decimal | null>, day: string, v: Decimal | null) => {
      const prev = m.has(day) ? m.get(day) : new Decimal(0);
      m.set(day, prev === null || prev === undefined || v === null ? null : prev.plus(v));
    };
    for (const n of ledgers.nodes) {
      for (const l of n.ledger.lines) if (l.settledAt) add(income, dayOf(l.settledAt), l.value === null ? null : new Decimal(l.value));
      for (const piece of rentPieces(entries.get(n.nodeId) ?? [], n.intervals)) {
        const rate = fxRate(ledgers.prices, piece.day, piece.currency, currency);
        add(rent, piece.day, rate ? piece.amount.mul(rate) : null);
      }
    }
    const last = new Date(Math.min(profit.to.getTime(), Date.now()));
    const days: ProfitDay[] = [];
    for (let t = profit.from.getTime(); t < last.getTime(); t += DAY_MS) {
      const day = dayOf(new Date(t));
      const i = income.has(day) ? income.get(day) : new Decimal(0);
      const r = rent.get(day);
      days.push({ day, income: i ? roundFiat(i, currency) : null, rent: r ? roundFiat(r, currency) : null });
    }
    return days;
  }
}
