import { Injectable } from '@nestjs/common';
import { PeekableLoader } from '../../common/peekable-loader.js';
import type { GqlContext } from '../../graphql/gql-context.js';
import { EarningsGranularity, type EarningsPointScope } from '../earnings/dto/earnings.model.js';
import { EarningsService } from '../earnings/earnings.service.js';
import { Currency } from '../users/dto/user.enums.js';
import { type DayIncome, firstPriceDay, type PriceBook, type ValuedAmount, valueAtCurrentPrice, valueSettled } from './fiat-valuation.rules.js';
import { FiatValuationService } from './fiat-valuation.service.js';

/** The prices domain's per-request loaders (composed into the request's loaders in graphql/request-loaders.ts). */
export interface FiatLoaders {
  /**
   * Keyed by the first day a value needs (YYYY-MM-DD): every key of a batch gets one book read from
   * the earliest of them to today — a list of nodes or epochs values all its amounts with one read.
   */
  priceBook: PeekableLoader<string, PriceBook>;
  /** Keyed by an earnings series' scope (JSON of EarningsPointScope): its settled GNK per UTC day, for WEEK buckets' values. */
  earningsDays: PeekableLoader<string, DayIncome[]>;
}

@Injectable()
export class FiatLoadersFactory {
  constructor(
    private readonly valuation: FiatValuationService,
    private readonly earnings: EarningsService,
  ) {}

  create(): FiatLoaders {
    return {
      priceBook: new PeekableLoader(async (days) => {
        const book = await this.valuation.book([...days].sort()[0]);
        return days.map(() => book);
      }),
      earningsDays: new PeekableLoader((keys) => Promise.all(keys.map((k) => this.daysOf(JSON.parse(k) as EarningsPointScope)))),
    };
  }

  private async daysOf(scope: EarningsPointScope): Promise<DayIncome[]> {
    const range = { from: new Date(scope.from), to: new Date(scope.to) };
    const points = scope.userId
      ? await this.earnings.ownerSeries(scope.userId, range, EarningsGranularity.DAY)
      : await this.earnings.series(scope.nodeIds ?? [], range, EarningsGranularity.DAY);
    return points.map((p) => ({ day: p.periodStart.toISOString().slice(0, 10), gnk: p.amount }));
  }
}

/** The viewer's preferred currency (USD for a caller without a profile), read once per request through the users loader. */
export async function viewerCurrency(ctx: GqlContext): Promise<Currency> {
  const user = ctx.user ? await ctx.loaders.users.load(ctx.user.id) : null;
  return (user?.currencyPreference as Currency | undefined) ?? Currency.USD;
}

/** Values settled GNK with the request's one price book (FiatLoaders.priceBook) in the viewer's currency. */
export async function valued(ctx: GqlContext, incomes: readonly DayIncome[]): Promise<ValuedAmount | null> {
  const today = new Date().toISOString().slice(0, 10);
  const [currency, book] = await Promise.all([viewerCurrency(ctx), ctx.loaders.priceBook.load(firstPriceDay(incomes, today))]);
  return valueSettled(incomes, currency, book, today);
}

/** Values GNK not settled yet (an estimate, an expectation) at the current price in the viewer's currency (the request's one price book). */
export async function valuedNow(ctx: GqlContext, gnk: string | null): Promise<ValuedAmount | null> {
  const today = new Date().toISOString().slice(0, 10);
  const [currency, book] = await Promise.all([viewerCurrency(ctx), ctx.loaders.priceBook.load(today)]);
  return valueAtCurrentPrice(gnk, currency, book.quote);
}
