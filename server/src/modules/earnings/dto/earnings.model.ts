import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsDate, IsOptional } from 'class-validator';
import { Type } from 'class-transformer';
import { GnkScalar } from '../../../graphql/scalars/gnk.scalar.js';

export enum EarningsGranularity {
  EPOCH = 'EPOCH',
  DAY = 'DAY',
  WEEK = 'WEEK',
}
registerEnumType(EarningsGranularity, { name: 'EarningsGranularity', description: 'Bucket size of an earnings series (UTC days and ISO weeks).' });

@InputType({ description: 'A time range; defaults to the last 30 days, at most 366 days.' })
export class DateRangeInput {
  @Field(() => Date, { nullable: true, description: 'Start (inclusive); default: 30 days before `to`.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'End (inclusive); default: now.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}

@ObjectType({ description: 'Rewards (rewarded_coins of settled epochs) in one bucket.' })
export class EarningsPoint {
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

  @Field(() => String, { nullable: true, description: 'Which rule fired.' })
  reason: string | null;
}
