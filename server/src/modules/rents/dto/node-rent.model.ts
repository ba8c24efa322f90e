import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum RentPeriod {
  HOUR = 'HOUR',
  MONTH = 'MONTH',
}
registerEnumType(RentPeriod, {
  name: 'RentPeriod',
  description: 'HOUR: the amount per hour the node is rented; MONTH: per calendar month (UTC), pro-rated by time within the month.',
});

@ObjectType({ description: 'What a node costs its customer from a date on (one entry of its rent history).' })
export class NodeRent {
  @Field(() => ID, { description: 'The entry (removeNodeRent takes it).' })
  id: string;

  @Field(() => ID, { description: 'The node it applies to.' })
  nodeId: string;

  @Field({ description: 'Exact decimal amount in `currency` per `period`, e.g. "1.8750".' })
  amount: string;

  @Field({ description: 'USD or EUR.' })
  currency: string;

  @Field(() => RentPeriod, { description: 'Per hour or per calendar month.' })
  period: RentPeriod;

  @Field({
    description:
      'First UTC day (YYYY-MM-DD) the rent applies, from 00:00 UTC. For a customer who received the node from another, their own assignment time when it is later.',
  })
  validFrom: string;

  @Field(() => String, { nullable: true, description: "The next entry's validFrom (exclusive); null while this rent is in effect." })
  validUntil: string | null;

  @Field({ description: 'When the entry was recorded (or last corrected).' })
  recordedAt: Date;
}
