import { UseGuards } from '@nestjs/common';
import { Args, Context, Int, Query, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { ConnectionArgs } from '../../graphql/connection.js';
import type { GqlContext } from '../../graphql/gql-context.js';
import { GnkScalar } from '../../graphql/scalars/gnk.scalar.js';
import { CurrentUser, GqlAuthGuard, type AuthUser } from '../auth/index.js';
import { DateRangeInput, EarningsGranularity, EarningsPoint } from '../earnings/dto/earnings.model.js';
import { EarningsService, resolveRange } from '../earnings/earnings.service.js';
import { NodeStatus } from '../../network/node-status.js';
import { ActivityEventConnection, Dashboard } from './dto/dashboard.model.js';
import { DashboardService } from './dashboard.service.js';

const NEEDS_ATTENTION = new Set<NodeStatus | null>([NodeStatus.UNHEALTHY, NodeStatus.JAILED, NodeStatus.OFFLINE]);

@Resolver(() => Dashboard)
@UseGuards(GqlAuthGuard)
export class DashboardResolver {
  constructor(
    private readonly dashboards: DashboardService,
    private readonly earnings: EarningsService,
  ) {}

  private nodesOf(d: Dashboard) {
    d.nodes ??= this.dashboards.nodes(d.userId);
    return d.nodes;
  }

  @Query(() => Dashboard, { description: "The signed-in customer's summary cards, chart and activity feed." })
  dashboard(@CurrentUser() user: AuthUser): Dashboard {
    return { userId: user.id };
  }

  @ResolveField(() => Int, { description: 'Nodes HEALTHY at the last refresh.' })
  async activeNodes(@Root() d: Dashboard): Promise<number> {
    return (await this.nodesOf(d)).filter((n) => n.status === NodeStatus.HEALTHY).length;
  }

  @ResolveField(() => Int, { description: 'Nodes needing attention at the last refresh: UNHEALTHY, JAILED or OFFLINE (not yet observed ones are neither).' })
  async attentionNodes(@Root() d: Dashboard): Promise<number> {
    return (await this.nodesOf(d)).filter((n) => NEEDS_ATTENTION.has(n.status)).length;
  }

  @ResolveField(() => Int, { description: 'All nodes linked to the customer.' })
  async totalNodes(@Root() d: Dashboard): Promise<number> {
    return (await this.nodesOf(d)).length;
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: "GPUs the customer's hosts report on chain; null (with UPSTREAM_UNAVAILABLE) when the hardware list cannot be had.",
  })
  async totalGpus(@Root() d: Dashboard, @Context() ctx: GqlContext): Promise<number> {
    const nodes = await this.nodesOf(d);
    const hw = await Promise.all(nodes.map((n) => ctx.loaders.nodeHardware.load(n.identifier)));
    return hw.reduce((sum, h) => sum + (h?.totalGpus ?? 0), 0);
  }

  // Income history covers every node the customer owned, over the period they owned it.
  @ResolveField(() => GnkScalar, { description: 'Settled rewards this calendar month (UTC), including nodes owned earlier in it.' })
  async earningsMonth(@Root() d: Dashboard): Promise<string> {
    const now = new Date();
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    return this.earnings.ownerTotal(d.userId, start, new Date(now.getTime() + 1));
  }

  @ResolveField(() => Int, { description: 'Support requests PENDING or IN_PROGRESS.' })
  pendingRequests(@Root() d: Dashboard): Promise<number> {
    return this.dashboards.pendingRequests(d.userId);
  }

  @ResolveField(() => [EarningsPoint], {
    description: "Settled rewards of the customer's nodes per day or week (default: last 30 days), each over the period they owned it.",
  })
  async earningsSeries(
    @Root() d: Dashboard,
    @Args('granularity', { type: () => EarningsGranularity, defaultValue: EarningsGranularity.DAY }) granularity: EarningsGranularity,
    @Args('range', { type: () => DateRangeInput, nullable: true }) range?: DateRangeInput,
  ): Promise<EarningsPoint[]> {
    return this.earnings.ownerSeries(d.userId, resolveRange(range), granularity);
  }

  @ResolveField(() => ActivityEventConnection, { description: 'Status changes, assignments and request updates, newest first.' })
  recentActivity(@Root() d: Dashboard, @Args() args: ConnectionArgs) {
    return this.dashboards.recentActivity(d.userId, args);
  }
}
