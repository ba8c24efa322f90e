import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsDate, IsOptional, MaxDate, MinDate } from 'class-validator';
import { Type } from 'class-transformer';
import { GnkScalar } from '../../../graphql/scalars/gnk.scalar.js';
import { NODE_STATUS_RULES, type NodeStatusRule } from '../../../network/node-status.js';
import { NodeStatusDetails } from '../../nodes/dto/node-status-details.model.js';

export enum EarningsGranularity {
  EPOCH = 'EPOCH',
  DAY = 'DAY',
  WEEK = 'WEEK',
}
registerEnumType(EarningsGranularity, { name: 'EarningsGranularity', description: 'Bucket size of an earnings series (UTC days and ISO weeks).' });

/**
 * Dates a range may name: RFC 3339 years 0001–9999. JavaScript dates reach ±271,821 years, PostgreSQL
 * timestamps only 4713 BC, so without bounds a far-past date failed in SQL (INTERNAL_SERVER_ERROR).
 */
export const RANGE_MIN_DATE = new Date('0001-01-01T00:00:00.000Z');
export const RANGE_MAX_DATE = new Date('9999-12-31T23:59:59.999Z');
const rangeBound = { message: '$property must be between 0001-01-01 and 9999-12-31 (UTC)' };

@InputType({ description: 'A time range; defaults to the last 30 days, at most 366 days.' })
export class DateRangeInput {
  @Field(() => Date, { nullable: true, description: 'Start (inclusive); default: 30 days before `to`.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  @MinDate(RANGE_MIN_DATE, rangeBound)
  @MaxDate(RANGE_MAX_DATE, rangeBound)
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'End (inclusive); default: now.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  @MinDate(RANGE_MIN_DATE, rangeBound)
  @MaxDate(RANGE_MAX_DATE, rangeBound)
  to?: Date;
}

/** Which series a point belongs to: the nodes' or the customer's, over [from, to] (ISO times). */
export interface EarningsPointScope {
  nodeIds?: string[];
  userId?: string;
  from: string;
  to: string;
}

@ObjectType({ description: 'Rewards (rewarded_coins of settled epochs) in one bucket.' })
export class EarningsPoint {
  /** The bucket size and the series' scope: a WEEK bucket's value sums its days (read for that scope); not exposed. */
  granularity?: EarningsGranularity;
  scope?: EarningsPointScope;

  @Field({ description: 'Start of the bucket (for EPOCH: when the epoch settled).' })
  periodStart: Date;

  @Field(() => Int, { nullable: true, description: 'The epoch, for EPOCH granularity.' })
  epoch: number | null;

  @Field(() => GnkScalar, { description: 'Exact sum of rewards in the bucket.' })
  amount: string;

  @Field({ description: 'All rewards in the bucket were claimed (unclaimed rewards are lost after the next epoch).' })
  claimed: boolean;
}

@ObjectType({ description: 'One status transition of a node.' })
export class NodeStatusChange {
  @Field({ description: 'When the refresher saw the change.' })
  at: Date;

  @Field(() => String, { nullable: true, description: 'null for the first observation.' })
  oldStatus: string | null;

  @Field({ description: 'HEALTHY, UNHEALTHY, JAILED or OFFLINE.' })
  newStatus: string;

  @Field(() => String, { nullable: true, description: 'Which rule fired, in English (clients word `rule` and `details` instead).' })
  reason: string | null;

  @Field(() => NODE_STATUS_RULES, { nullable: true, description: 'The rule that set newStatus; null on changes recorded before rules were kept.' })
  rule: NodeStatusRule | null;

  @Field(() => NodeStatusDetails, { nullable: true, description: 'The figures `reason` is worded from (as Node.statusDetails); null when not recorded.' })
  details: NodeStatusDetails | null;
}
