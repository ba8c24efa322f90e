import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../graphql/gql-context.js';
import { EarningsService } from '../earnings/earnings.service.js';
import { Node } from '../nodes/dto/node.model.js';
import { NodeExpectedVsRealised } from './dto/node-expected-vs-realised.model.js';
import { compareRealised } from './expected-vs-realised.rules.js';

/** Node.expectedVsRealised; the Node itself was already authorized by the query that returned it. */
@Resolver(() => Node)
export class NodeExpectationResolver {
  constructor(private readonly earnings: EarningsService) {}

  @ResolveField(() => NodeExpectedVsRealised, {
    nullable: true,
    description:
      "Realised against expected: this node's settled rewards per epoch since its new-node request was made, against its share of the expectation shown on that request. Null when the node came from no request with an expectation (for a customer: from none of theirs).",
  })
  async expectedVsRealised(node: Node, _args: unknown, ctx: GqlContext): Promise<NodeExpectedVsRealised | null> {
    const row = await ctx.loaders.nodeExpectations.load(node.id);
    if (!row) return null;
    // A customer's view starts with their ownership period (a node passed on shows its new owner only theirs).
    const since = node.visibleFrom && node.visibleFrom > row.expected_at ? node.visibleFrom : row.expected_at;
    const rewards = await this.earnings.epochRewardsSince(node.id, since);
    return {
      requestId: row.request_id,
      expectedAt: row.expected_at,
      nodesOfRequest: row.nodes_of_request,
      basis: row.basis,
      ...compareRealised(
        { perEpoch: row.per_epoch, perDay: row.per_day },
        row.nodes_of_request,
        rewards.map((r) => r.amount),
      ),
    };
  }
}
