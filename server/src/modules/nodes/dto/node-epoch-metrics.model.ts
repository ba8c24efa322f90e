import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'One epoch of a node’s metrics history. Every figure is null when no source said it (absent is not zero): e.g. epochs before the node was tracked have no throughput or uptime.',
})
export class NodeEpochMetrics {
  @Field(() => Int, { description: 'The epoch number on the chain.' })
  epoch: number;

  @Field(() => Date, { nullable: true, description: 'When the epoch began on the chain’s clock (the previous epoch’s settlement); null when not known.' })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the epoch ended (settled); null while it runs or when not known.' })
  endedAt: Date | null;

  @Field({ description: 'The epoch is still running: its counts are the figures so far.' })
  inProgress: boolean;

  @Field(() => Float, { nullable: true, description: 'Mean declared throughput over the refreshes that saw the node in this epoch.' })
  tokensPerSec: number | null;

  @Field(() => Int, { nullable: true, description: 'Inferences served (jobs): the chain’s epoch summary, or the live count of a running epoch.' })
  inferenceCount: number | null;

  @Field(() => Int, { nullable: true, description: 'Requests the node missed.' })
  missedRequests: number | null;

  @Field(() => Int, { nullable: true, description: 'inferenceCount + missedRequests.' })
  totalRequests: number | null;

  @Field(() => Float, { nullable: true, description: 'missedRequests / totalRequests (0..1); null without requests.' })
  missRate: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of the epoch’s observed time the node was HEALTHY (percent, 0..100); null when nothing was observed.',
  })
  uptimePercent: number | null;
}
