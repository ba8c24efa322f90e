import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';
import { ALERT_RULE_BOUNDS as B } from '../alert-rules.js';

@ObjectType({ description: "The account's alert rules (defaults unless changed)." })
export class AlertRules {
  @Field(() => Int, { description: 'Consecutive refreshes a status must hold before an alert opens, and before it recovers.' })
  holdRefreshes: number;

  @Field(() => Int, { description: "Warn when an unclaimed reward's claim window closes within this many hours." })
  claimWindowHours: number;

  @Field(() => Float, { description: "An epoch reward below this share of the node's median over its last 7 paid epochs is an earnings drop." })
  earningsDropShare: number;

  @Field(() => Int, { nullable: true, description: 'Repeat a still-open CRITICAL alert every this many minutes; null = never.' })
  reminderMinutes: number | null;
}

@InputType({ description: 'Alert rules to change; omitted ones keep their value.' })
export class AlertRulesInput {
  @Field(() => Int, { nullable: true, description: `${B.holdRefreshes.min}-${B.holdRefreshes.max}.` })
  @IsOptional()
  @IsInt()
  @Min(B.holdRefreshes.min)
  @Max(B.holdRefreshes.max)
  holdRefreshes?: number;

  @Field(() => Int, { nullable: true, description: `${B.claimWindowHours.min}-${B.claimWindowHours.max} hours.` })
  @IsOptional()
  @IsInt()
  @Min(B.claimWindowHours.min)
  @Max(B.claimWindowHours.max)
  claimWindowHours?: number;

  @Field(() => Float, { nullable: true, description: `${B.earningsDropShare.min}-${B.earningsDropShare.max}.` })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(B.earningsDropShare.min)
  @Max(B.earningsDropShare.max)
  earningsDropShare?: number;

  /** null turns reminders off (a value the other rules do not have). */
  @Field(() => Int, { nullable: true, description: `${B.reminderMinutes.min}-${B.reminderMinutes.max} minutes; null = no reminders.` })
  @IsOptional()
  @IsInt()
  @Min(B.reminderMinutes.min)
  @Max(B.reminderMinutes.max)
  reminderMinutes?: number | null;
}
