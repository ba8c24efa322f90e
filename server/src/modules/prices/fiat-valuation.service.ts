import { Injectable } from '@nestjs/common';
import { parseDecimal } from '../../common/money.js';
import { Currency } from '../users/dto/user.enums.js';
import { type DayIncome, firstPriceDay, type PriceBook, type ValuedAmount, valueSettled } from './fiat-valuation.rules.js';
import { PricesService } from './prices.service.js';

export type { DayIncome, PriceBook, ValuedAmount } from './fiat-valuation.rules.js';

/**
 * Values GNK income at the price of each settlement day (fiat-valuation.rules.ts). Request paths
 * value many amounts with one book per request (fiat-loaders.ts); this service reads the book.
 */
@Injectable()
export class FiatValuationService {
  constructor(private readonly prices: PricesService) {}

  /**
   * The daily prices from `fromDay` (YYYY-MM-DD) to today, then (unless `withQuote` is false) the
   * current quote — one after the other: during an outage a second concurrent quote fetch would
   * only add failures towards the source's breaker.
   */
  async book(fromDay: string, withQuote = true): Promise<PriceBook> {
    const today = new Date().toISOString().slice(0, 10);
    const byDay = await this.prices.dailyPrices(fromDay < today ? fromDay : today, today);
    return { byDay, quote: withQuote ? await this.prices.current() : null };
  }

  async value(incomes: readonly DayIncome[], currency: Currency): Promise<ValuedAmount | null> {
    const today = new Date().toISOString().slice(0, 10);
    if (currency === Currency.GNK) return valueSettled(incomes, currency, { byDay: new Map(), quote: null }, today);
    // The quote only matters for no income (its price is shown) or for today's (its staleness).
    const zero = incomes.every((i) => parseDecimal(i.gnk).isZero());
    const book = await this.book(firstPriceDay(incomes, today), zero || incomes.some((i) => i.day === today));
    return valueSettled(incomes, currency, book, today);
  }
}
