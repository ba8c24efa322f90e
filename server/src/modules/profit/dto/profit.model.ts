import { Field, HideField, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsString, Matches, MaxDate, MinDate } from 'class-validator';
import { Type } from 'class-transformer';
import { GnkScalar } from '../../../graphql/scalars/gnk.scalar.js';
import { RANGE_MAX_DATE, RANGE_MIN_DATE } from '../../earnings/dto/earnings.model.js';
import { Currency } from '../../users/dto/user.enums.js';
import type { SubjectLedgers } from '../profit.service.js';
import { FiatValue } from '../../prices/dto/fiat-value.model.js';
import { RETURN_MAX_DAYS } from '../profit.rules.js';
import { RECENT_PACE_DAYS } from '../projection.rules.js';

const bound = { message: '$property must be between 0001-01-01 and 9999-12-31 (UTC)' };

@InputType({ description: 'One of: a UTC day, a UTC calendar month, or from/to (at most 366 days). Default: the current month.' })
export class ProfitRangeInput {
  @Field(() => String, { nullable: true, description: 'A UTC day, YYYY-MM-DD.' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'day must be a date, YYYY-MM-DD' })
  day?: string;

  @Field(() => String, { nullable: true, description: 'A UTC calendar month, YYYY-MM.' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{4}-\d{2}$/, { message: 'month must be a month, YYYY-MM' })
  month?: string;

  @Field(() => Date, { nullable: true, description: 'Start (inclusive), with `to`.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  @MinDate(RANGE_MIN_DATE, bound)
  @MaxDate(RANGE_MAX_DATE, bound)
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'End (exclusive), with `from`.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  @MinDate(RANGE_MIN_DATE, bound)
  @MaxDate(RANGE_MAX_DATE, bound)
  to?: Date;
}

@ObjectType({
  description:
    'The current month\'s figures carried to the month\'s end. Projected, not settled: clearly an estimate. income = settledIncome + currentEpochEstimateValue + remainingIncome (README "Rent, profit and the monthly statement").',
})
export class ProfitProjection {
  @Field({ description: 'Always true: these figures are a projection.' })
  projected: boolean;

  @Field({ description: 'The end of the month projected to.' })
  through: Date;

  @Field(() => String, {
    nullable: true,
    description:
      "Projected income: settledIncome + currentEpochEstimateValue.amount (0 without an estimate) + remainingIncome — the sum of the three shown parts, each rounded once. null when a part's price is unknown.",
  })
  income: string | null;

  @Field(() => String, { nullable: true, description: "The month's settled income so far (as Profit.income: each epoch at its settlement day's price)." })
  settledIncome: string | null;

  @Field(() => GnkScalar, {
    nullable: true,
    description:
      "The current (unsettled) epoch's estimated reward (the epoch guard's, EpochRisk.estimatedReward) summed over the nodes rented now, exact GNK; null when none has an estimate or the epoch ends after the month.",
  })
  currentEpochEstimate: string | null;

  @Field(() => FiatValue, {
    nullable: true,
    description: "currentEpochEstimate at the current price, in the profit's currency (not the settlement day's: it has not settled).",
  })
  currentEpochEstimateValue: FiatValue | null;

  @Field(() => GnkScalar, {
    description: `The recent daily pace: each node's GNK settled in the last ${RECENT_PACE_DAYS} days ÷ its rented time in them, per day, summed (9 decimals).`,
  })
  paceGnkPerDay: string;

  @Field({ description: "Where remainingIncome starts: the current epoch's expected end (now when the chain's clock is unknown), at most the month's end." })
  remainingFrom: Date;

  @Field(() => String, {
    nullable: true,
    description: 'paceGnkPerDay carried over each node’s rented time from remainingFrom to the month’s end, at the current price; null without a price.',
  })
  remainingIncome: string | null;

  @Field(() => String, { nullable: true, description: 'The rent the whole month will have cost at the rents in effect (future days at today’s rate).' })
  rent: string | null;

  @Field(() => String, { nullable: true, description: 'income − rent, projected.' })
  net: string | null;

  @Field(() => String, { nullable: true, description: 'net ÷ income in percent, projected.' })
  margin: string | null;
}

/**
 * What a node or an account earned and cost over a range, in the viewer's currency (USD for a GNK
 * preference). Amounts are decimal strings at the currency's minor unit; totals are the sums of the
 * per-epoch lines a statement shows.
 */
@ObjectType({ description: "Income, rent and net profit over a range, in the viewer's currency (USD when the preference is GNK)." })
export class Profit {
  @Field(() => Currency, { description: 'USD or EUR: the viewer’s preference, USD when it is GNK (a profit needs a fiat currency).' })
  currency: Currency;

  @Field({ description: 'Start of the range (inclusive).' })
  from: Date;

  @Field({ description: 'End of the range (exclusive); rent accrues only up to now.' })
  to: Date;

  @Field(() => GnkScalar, { description: 'Settled rewards in the range, exact GNK.' })
  incomeGnk: string;

  @Field(() => String, {
    nullable: true,
    description: "The income's value: each epoch's GNK at its settlement day's price, rounded per epoch, summed. null when a day has no price.",
  })
  income: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Rent for the rented time in the range (README "Rent and profit"); null when a node has no rent recorded for it.',
  })
  rent: string | null;

  @Field(() => String, { nullable: true, description: 'income − rent.' })
  net: string | null;

  @Field(() => String, { nullable: true, description: 'net ÷ income in percent (2 decimals); null when income is unknown or 0.' })
  margin: string | null;

  @Field(() => Int, { description: 'Nodes in the range without a recorded rent (their rent is unknown, so rent and net are null).' })
  nodesWithoutRent: number;

  @Field(() => String, { nullable: true, description: "The price's source, e.g. 'simulator' or 'api.coingecko.com'." })
  priceSource: string | null;

  /** Who is asking and about what: ProfitResolver's lazy fields (ROI, break-even, projection) read it. */
  @HideField()
  scope: ProfitScope;

  /** The ledgers the figures were summed from (the projection of the same month reuses them). */
  @HideField()
  ledgers?: SubjectLedgers;
}

/** What the lazy fields need to compute from (not exposed). */
export interface ProfitScope {
  userId?: string;
  nodeId?: string;
  /** For a node: from when the viewer sees it (null: all of it). */
  visibleFrom?: Date | null;
  viewerId: string;
}

@ObjectType({
  description: `Return on the rent since the assignment: each node from the start of its current ownership period (the customer's nodes held now; for a node, its current owner's), income and rent both, at most ${RETURN_MAX_DAYS} days back.`,
})
export class ProfitReturn {
  @Field(() => String, { nullable: true, description: 'net ÷ rent in percent (2 decimals, half-even); null when a rent or price is unknown or rent is 0.' })
  roi: string | null;

  @Field(() => Date, {
    nullable: true,
    description: `The start: the assignment (an account: its earliest among the nodes held now), or ${RETURN_MAX_DAYS} days before now when that is later; null when no node is assigned.`,
  })
  since: Date | null;

  @Field(() => String, { nullable: true, description: 'income − rent since each node’s start (see `since`).' })
  net: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the cumulative net (values settled so far − rent accrued up to then) last turned ≥ 0 (a settlement) and stayed so; null when it is negative now or unknowable. For an account: over all its nodes together, each settlement against every node’s rent up to then.',
  })
  breakEvenAt: Date | null;
}

@ObjectType({ description: 'One UTC day of a range: what settled and what the rent cost that day (for charts; each rounded on its own).' })
export class ProfitDay {
  @Field({ description: 'YYYY-MM-DD (UTC).' })
  day: string;

  @Field(() => String, { nullable: true, description: 'Value of the epochs settled that day; null when a price is missing.' })
  income: string | null;

  @Field(() => String, { nullable: true, description: 'Rent accrued that day; null when no rent is recorded for it.' })
  rent: string | null;
}
