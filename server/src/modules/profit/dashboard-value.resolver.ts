import { UseGuards } from '@nestjs/common';
import { ResolveField, Resolver, Root } from '@nestjs/graphql';
import { isFiat, parseDecimal } from '../../common/money.js';
import { GqlAuthGuard } from '../auth/index.js';
import { Dashboard } from '../dashboard/dto/dashboard.model.js';
import { EarningsService } from '../earnings/earnings.service.js';
import { FiatValue } from '../prices/dto/fiat-value.model.js';
import { dayOf } from '../rents/rent-accrual.rules.js';
import { Currency } from '../users/dto/user.enums.js';
import { UsersService } from '../users/users.service.js';
import { valueOfLines } from './month-value.rules.js';
import { ProfitService } from './profit.service.js';

/**
 * The fiat companion of `dashboard.earningsMonth` (issue #16). Read from the same ledgers as
 * `dashboard.profit` and the month's statement (profit module), so the three show one figure.
 */
@Resolver(() => Dashboard)
@UseGuards(GqlAuthGuard)
export class DashboardValueResolver {
  constructor(
    private readonly profit: ProfitService,
    private readonly earnings: EarningsService,
    private readonly users: UsersService,
  ) {}

  @ResolveField(() => FiatValue, {
    nullable: true,
    description:
      "This month's settled rewards (as earningsMonth) in the viewer's preferred currency: each epoch at its settlement day's price, rounded to the cent, summed — the month's statement income total and dashboard.profit's income. Null when no price is known.",
  })
  async earningsMonthValue(@Root() d: Dashboard): Promise<FiatValue | null> {
    const now = new Date();
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    const end = new Date(now.getTime() + 1);
    const { currencyPreference } = await this.users.getById(d.userId);
    if (!isFiat(currencyPreference)) {
      const gnk = await this.earnings.ownerTotal(d.userId, start, end);
      return { amount: parseDecimal(gnk).toFixed(9), currency: Currency.GNK, price: '1', priceAt: now, stale: false };
    }
    const [ledgers, quote] = await Promise.all([this.profit.ledgers({ userId: d.userId }, start, end, currencyPreference), this.profit.currentQuote()]);
    const lines = ledgers.nodes.flatMap((n) => n.ledger.lines);
    const value = valueOfLines(lines, currencyPreference, ledgers.prices, quote, dayOf(now));
    return value && { ...value, currency: value.currency === 'USD' ? Currency.USD : Currency.EUR };
  }
}
