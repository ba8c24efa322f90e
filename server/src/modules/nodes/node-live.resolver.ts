import { Context, Float, Int, ResolveField, Resolver, Root } from '@nestjs/graphql';
import type { GqlContext } from '../../graphql/gql-context.js';
import { GnkScalar } from '../../graphql/scalars/gnk.scalar.js';
import type { NodeStatsResult } from '../gonka/gonka.loaders.js';
import { Node, NodeHardware, NodeStatus } from './dto/node.model.js';

const NOT_A_PARTICIPANT = 'not in the current epoch participants';

/**
 * Live fields of Node. Each goes through a per-request DataLoader, so the upstream cost of a query
 * is one batch per resource whatever the number of nodes — and nothing for fields not asked for.
 */
@Resolver(() => Node)
export class NodeLiveResolver {
  private stats(node: Node, ctx: GqlContext): Promise<NodeStatsResult> {
    return ctx.loaders.nodeStats.load(node.identifier);
  }

  @ResolveField(() => NodeStatus, { description: 'HEALTHY, UNHEALTHY, JAILED or OFFLINE (see statusReason).' })
  async status(@Root() node: Node, @Context() ctx: GqlContext): Promise<NodeStatus> {
    const { stats } = await this.stats(node, ctx);
    return (stats?.status ?? 'OFFLINE') as NodeStatus;
  }

  @ResolveField(() => String, { description: 'Which rule set the status, e.g. "missed rate 12.4% > 10%".' })
  async statusReason(@Root() node: Node, @Context() ctx: GqlContext): Promise<string> {
    return (await this.stats(node, ctx)).stats?.statusReason ?? NOT_A_PARTICIPANT;
  }

  @ResolveField(() => Float, { nullable: true, description: 'Sum of the ML nodes\' declared throughput.' })
  async tokensPerSec(@Root() node: Node, @Context() ctx: GqlContext): Promise<number | null> {
    return (await this.stats(node, ctx)).stats?.tokensPerSec ?? null;
  }

  @ResolveField(() => Int, { nullable: true, description: 'Inferences per day at the current epoch\'s pace.' })
  async jobsDay(@Root() node: Node, @Context() ctx: GqlContext): Promise<number | null> {
    return (await this.stats(node, ctx)).stats?.jobsDay ?? null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The first model the host serves this epoch.' })
  async activeModel(@Root() node: Node, @Context() ctx: GqlContext): Promise<string | null> {
    return (await this.stats(node, ctx)).stats?.activeModel ?? null;
  }

  @ResolveField(() => Float, { nullable: true, description: 'Epoch weight (voting power share basis).' })
  async weight(@Root() node: Node, @Context() ctx: GqlContext): Promise<number | null> {
    return (await this.stats(node, ctx)).stats?.weight ?? null;
  }

  @ResolveField(() => Date, { description: 'When the live data was fetched from the network.' })
  async statsFetchedAt(@Root() node: Node, @Context() ctx: GqlContext): Promise<Date> {
    return (await this.stats(node, ctx)).fetchedAt;
  }

  @ResolveField(() => Boolean, { description: 'True when the live data is older than the cache TTL (an upstream is slow or down).' })
  async statsStale(@Root() node: Node, @Context() ctx: GqlContext): Promise<boolean> {
    return (await this.stats(node, ctx)).stale;
  }

  @ResolveField(() => GnkScalar, { description: 'Rewards settled in the last 24 hours (rewarded_coins, exact).' })
  async earningsDay(@Root() node: Node, @Context() ctx: GqlContext): Promise<string> {
    return (await ctx.loaders.nodeEarnings.load(node.id)).day;
  }

  @ResolveField(() => GnkScalar, { description: 'All rewards recorded for this node (rewarded_coins, exact).' })
  async earningsTotal(@Root() node: Node, @Context() ctx: GqlContext): Promise<string> {
    return (await ctx.loaders.nodeEarnings.load(node.id)).total;
  }

  @ResolveField(() => Float, { nullable: true, description: 'Percent of the last 7 days spent HEALTHY; null until first observed.' })
  uptimePercent(@Root() node: Node, @Context() ctx: GqlContext): Promise<number | null> {
    return ctx.loaders.nodeUptime.load(node.id);
  }

  @ResolveField(() => NodeHardware, { nullable: true, description: 'On-chain hardware report; null when the host reports none.' })
  hardware(@Root() node: Node, @Context() ctx: GqlContext) {
    return ctx.loaders.nodeHardware.load(node.identifier);
  }
}
