import { Inject } from '@nestjs/common';
import { Args, Context, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { ConnectionArgs } from '../../graphql/connection.js';
import type { GqlContext } from '../../graphql/gql-context.js';
import type { HyperfusionClient } from '../../upstream/index.js';
import { CachedResourceService } from '../gonka/cached-resource.service.js';
import { HYPERFUSION_CLIENT } from '../gonka/upstream-clients.js';
import { InferenceJobConnection } from './dto/inference-job.model.js';
import { Node } from './dto/node.model.js';
import { NodeJobsLoader } from './node-jobs.loader.js';
import { offsetPage } from './offset-page.js';

/** Node.inferenceJobs: the tracker's recent-job sample, paged. Only reachable through an authorized Node. */
@Resolver(() => Node)
export class NodeJobsResolver {
  private readonly jobs: NodeJobsLoader;

  constructor(cache: CachedResourceService, @Inject(HYPERFUSION_CLIENT) client: HyperfusionClient | null) {
    this.jobs = new NodeJobsLoader(cache, client);
  }

  @ResolveField(() => InferenceJobConnection, {
    nullable: true,
    description: "The node's recent inference jobs this epoch (the tracker's bounded sample, up to 50), newest first. UPSTREAM_UNAVAILABLE when the tracker cannot be reached.",
  })
  async inferenceJobs(@Root() node: Node, @Args() args: ConnectionArgs, @Context() ctx: GqlContext): Promise<InferenceJobConnection> {
    const jobs = await this.jobs.load(node.identifier, ctx);
    // A node passed on to this owner: only jobs of their period (a job of unknown start is not shown).
    const since = node.visibleFrom;
    return offsetPage(since ? jobs.filter((j) => j.startedAt !== null && j.startedAt >= since) : jobs, args);
  }
}
