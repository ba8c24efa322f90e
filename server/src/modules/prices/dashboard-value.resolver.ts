import { UseGuards } from '@nestjs/common';
import { ResolveField, Resolver, Root } from '@nestjs/graphql';
import { GqlAuthGuard } from '../auth/index.js';
import { Dashboard } from '../dashboard/dto/dashboard.model.js';
import { EarningsGranularity } from '../earnings/dto/earnings.model.js';
import { EarningsService } from '../earnings/earnings.service.js';
import { UsersService } from '../users/users.service.js';
import { Currency } from '../users/dto/user.enums.js';
import { FiatValue } from './dto/fiat-value.model.js';
import { FiatValuationService } from './fiat-valuation.service.js';

/** The fiat companion of `dashboard.earningsMonth` (issue #16); the dashboard module stays unaware of prices. */
@Resolver(() => Dashboard)
@UseGuards(GqlAuthGuard)
export class DashboardValueResolver {
  constructor(
    private readonly earnings: EarningsService,
    private readonly users: UsersService,
    private readonly valuation: FiatValuationService,
  ) {}

  @ResolveField(() => FiatValue, {
    nullable: true,
    description:
      "This month's settled rewards (as earningsMonth) in the viewer's preferred currency, each settlement day at that day's price, rounded once. Null when no price is known.",
  })
  async earningsMonthValue(@Root() d: Dashboard): Promise<FiatValue | null> {
    const now = new Date();
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    const [user, days] = await Promise.all([
      this.users.getById(d.userId),
      this.earnings.ownerSeries(d.userId, { from: start, to: now }, EarningsGranularity.DAY),
    ]);
    const incomes = days.map((p) => ({ day: p.periodStart.toISOString().slice(0, 10), gnk: p.amount }));
    return this.valuation.value(incomes, user.currencyPreference as Currency);
  }
}
