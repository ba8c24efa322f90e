import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GnkScalar } from '../../../graphql/scalars/gnk.scalar.js';
import { Currency } from '../../users/dto/user.enums.js';

@ObjectType({ description: 'One settled epoch of one node on a statement (or, for a node that earned nothing that month, its rent alone).' })
export class StatementLine {
  @Field(() => Int, { nullable: true, description: 'The epoch; null on a rent-only line.' })
  epoch: number | null;

  @Field(() => Date, { nullable: true, description: 'When the epoch settled on the chain.' })
  settledAt: Date | null;

  @Field(() => GnkScalar, { description: 'The reward, exact GNK.' })
  gnk: string;

  @Field(() => String, { nullable: true, description: 'The GNK price used (the settlement day’s, full precision).' })
  price: string | null;

  @Field(() => String, { nullable: true, description: 'The day whose price it is (YYYY-MM-DD; an earlier day when the settlement day has none).' })
  priceDay: string | null;

  @Field(() => String, { nullable: true, description: 'gnk × price, rounded half-even to the minor unit.' })
  value: string | null;

  @Field(() => String, { nullable: true, description: 'The rent accrued since the previous settlement (shares add up to the node’s rent).' })
  rentShare: string | null;

  @Field(() => String, { nullable: true, description: 'value − rentShare.' })
  net: string | null;
}

@ObjectType({ description: 'Sums of GNK, value, rent and net.' })
export class StatementTotals {
  @Field(() => GnkScalar, { description: 'Settled rewards, exact GNK.' })
  gnk: string;

  @Field(() => String, { nullable: true, description: 'null when an epoch has no price.' })
  value: string | null;

  @Field(() => String, { nullable: true, description: 'null when a node has no rent recorded for the month.' })
  rent: string | null;

  @Field(() => String, { nullable: true, description: 'value − rent.' })
  net: string | null;

  @Field(() => Int, { description: 'Settled epochs counted.' })
  epochs: number;
}

@ObjectType({ description: 'One node on a statement: its lines and their totals.' })
export class StatementNode {
  @Field(() => ID, { description: 'The node.' })
  nodeId: string;

  @Field(() => String, { nullable: true, description: 'Its display name.' })
  name: string | null;

  @Field({ description: 'The gonka1… address.' })
  identifier: string;

  @Field(() => [StatementLine], { description: 'Oldest first.' })
  lines: StatementLine[];

  @Field(() => StatementTotals, { description: 'The sums of its lines.' })
  totals: StatementTotals;
}

@ObjectType({ description: "A customer's monthly statement: every node they owned in the month, over the time they owned it." })
export class Statement {
  @Field({ description: 'YYYY-MM (UTC).' })
  month: string;

  @Field(() => Currency, { description: "The customer's currency (USD when their preference is GNK)." })
  currency: Currency;

  @Field(() => ID, { description: 'Whose statement.' })
  customerId: string;

  @Field({ description: "The customer's email." })
  customerEmail: string;

  @Field({ description: 'When this statement was made (the current month is partial until it ends).' })
  generatedAt: Date;

  @Field({ description: 'The month has not ended yet: more epochs and rent will follow.' })
  partial: boolean;

  @Field(() => String, { nullable: true, description: 'Where the prices come from.' })
  priceSource: string | null;

  @Field(() => [StatementNode], { description: 'Every node the customer owned in the month (with epochs or rent), by name.' })
  nodes: StatementNode[];

  @Field(() => StatementTotals, { description: 'The account: the sums of the nodes’ totals.' })
  totals: StatementTotals;
}
