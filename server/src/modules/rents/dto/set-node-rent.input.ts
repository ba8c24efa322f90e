import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsIn, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { RentPeriod } from './node-rent.model.js';

/** How many nodes one bulk rent may name. */
export const RENT_NODES_MAX = 500;
/** Amounts: plain decimals, up to 4 decimals (hourly rates like 1.8750); the bounds per period are in rent-amount.ts. */
export const RENT_AMOUNT_PATTERN = /^\d{1,9}(\.\d{1,4})?$/;
export const RENT_CURRENCIES = ['USD', 'EUR'] as const;

@InputType({ description: 'The same rent for one or more nodes, in effect from a date (earlier entries are kept: a history).' })
export class SetNodeRentInput {
  @Field(() => [ID], { description: `The nodes (1–${RENT_NODES_MAX}); all get the rent or none (NOT_FOUND when one is not a node).` })
  @ArrayMinSize(1)
  @ArrayMaxSize(RENT_NODES_MAX)
  @IsUUID('all', { each: true, message: 'nodeIds must be node ids' })
  nodeIds: string[];

  @Field({ description: 'Exact decimal, e.g. "1.85" (> 0; at most 10000 per hour or 1000000 per month; up to 4 decimals).' })
  @IsString()
  @MaxLength(20)
  @Matches(RENT_AMOUNT_PATTERN, { message: 'amount must be a positive decimal number with at most 4 decimals, e.g. "1.85"' })
  amount: string;

  // A string, not an enum: an unknown currency is then BAD_USER_INPUT naming `input.currency`.
  @Field({ description: 'USD or EUR.' })
  @IsIn(RENT_CURRENCIES, { message: 'currency must be USD or EUR' })
  currency: string;

  @Field(() => RentPeriod, { description: 'Per hour or per calendar month.' })
  @IsEnum(RentPeriod)
  period: RentPeriod;

  @Field({ description: 'First UTC day the rent applies, YYYY-MM-DD (2020-01-01 to a year from today).' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'validFrom must be a date, YYYY-MM-DD' })
  validFrom: string;
}
