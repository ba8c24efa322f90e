import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ExpectedEarningsBasis } from '../../expected-earnings/dto/expected-earnings.model.js';

@ObjectType({ description: "A node's settled rewards against the expected earnings shown on the new-node request it came from." })
export class NodeExpectedVsRealised {
  @Field(() => ID, { description: 'The new-node request the expectation was shown on.' })
  requestId: string;

  @Field({ description: 'When the expectation was shown (the request was made); realised epochs are those settled since.' })
  expectedAt: Date;

  @Field(() => Int, { description: 'Nodes linked to that request: each is held to an equal share of its expectation.' })
  nodesOfRequest: number;

  @Field({ description: "This node's share of the expected GNK per epoch (exact decimal)." })
  expectedPerEpoch: string;

  @Field(() => String, { nullable: true, description: "This node's share of the expected GNK per day; null when none was shown." })
  expectedPerDay: string | null;

  @Field(() => ExpectedEarningsBasis, { description: 'What the expectation was computed from, as shown.' })
  basis: ExpectedEarningsBasis;

  @Field(() => String, { nullable: true, description: 'Median settled GNK per epoch since the request; null before the first settled epoch.' })
  realisedMedianPerEpoch: string | null;

  @Field(() => String, { nullable: true, description: 'Mean settled GNK per epoch since the request; null before the first settled epoch.' })
  realisedMeanPerEpoch: string | null;

  @Field(() => Int, { description: 'Settled epochs counted (0 paid epochs included).' })
  epochsCounted: number;

  @Field(() => String, {
    nullable: true,
    description: 'Realised mean ÷ expected per epoch, in percent (one decimal, e.g. "93.4"); null before the first settled epoch.',
  })
  ratioPercent: string | null;
}
