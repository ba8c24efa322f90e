import { Args, Context, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { ConnectionArgs } from '../../graphql/connection.js';
import type { GqlContext } from '../../graphql/gql-context.js';
import { InferenceJobConnection } from './dto/inference-job.model.js';
import { Node } from './dto/node.model.js';
import { nodeField } from './node-fields.js';
import { offsetPage } from './offset-page.js';

/** Node.inferenceJobs: the tracker's recent-job sample, paged. Only reachable through an authorized Node. */
@Resolver(() => Node)
export class NodeJobsResolver {
  @ResolveField(() => InferenceJobConnection, {
    nullable: true,
    description:
      "The node's recent inference jobs this epoch (the tracker's bounded sample, up to 50), newest first. UPSTREAM_UNAVAILABLE when the tracker cannot be reached.",
  })
  async inferenceJobs(@Root() node: Node, @Args() args: ConnectionArgs, @Context() ctx: GqlContext): Promise<InferenceJobConnection> {
    const jobs = await nodeField(ctx.loaders, 'inferenceJobs', node, (j) => j);
    // A node passed on to this owner: only jobs of their period (a job of unknown start is not shown).
    const since = node.visibleFrom;
    return offsetPage(since ? jobs.filter((j) => j.startedAt !== null && j.startedAt >= since) : jobs, args);
  }
}
