import { Float, Int, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../graphql/gql-context.js';
import { GnkScalar } from '../../graphql/scalars/gnk.scalar.js';
import { DomainError } from '../../common/domain-error.js';
import { NODE_STATUS_RULES, NodeStatus, type NodeStatusRule } from '../../network/node-status.js';
import { Node, NodeHardware } from './dto/node.model.js';
import { NodeStatusDetails, toStatusDetails } from './dto/node-status-details.model.js';
import { type FieldsReading, nodeField } from './node-fields.js';
import type { NodeStatsResult } from './loaders/node-loaders.js';

const NOT_A_PARTICIPANT = 'not in the current epoch participants';
export const NO_DATA_YET = 'no data yet';

type Result<T> = T | Promise<T>;
type StatsField = FieldsReading<'nodeStats'>;

/**
 * Live fields of Node. Each goes through a per-request loader, so the upstream cost of a query is
 * one batch per resource whatever the number of nodes — and nothing for fields not asked for.
 *
 * Two things keep a 50-node table cheap (bench/dashboard-throughput.mjs):
 * - the methods take graphql-js's own (parent, args, context) instead of @Root()/@Context(): a field
 *   resolver without parameter decorators is bound directly by @nestjs/graphql, skipping the
 *   per-call pipe and context machinery;
 * - `pick` answers synchronously when the list resolver has prefetched the batch (node-prefetch.ts).
 */
@Resolver(() => Node)
export class NodeLiveResolver {
  private stats<R>(field: StatsField, node: Node, ctx: GqlContext, pick: (r: NodeStatsResult) => R): Result<R> {
    return nodeField(ctx.loaders, field, node, pick);
  }

  /**
   * For fields with a defined answer when there is no live data and no stored snapshot (the loader's
   * UPSTREAM_UNAVAILABLE): that answer, so one unreachable network never hides the node's row.
   */
  private statsOr<R>(field: StatsField, node: Node, ctx: GqlContext, pick: (r: NodeStatsResult) => R, noData: R): Result<R> {
    const value = this.stats(field, node, ctx, pick);
    if (!(value instanceof Promise)) return value;
    return value.catch((e: unknown) => {
      if (e instanceof DomainError && e.code === 'UPSTREAM_UNAVAILABLE') return noData;
      throw e;
    });
  }

  @ResolveField(() => NodeStatus, {
    description: 'HEALTHY, UNHEALTHY, JAILED or OFFLINE (see statusReason); the last stored one while the network is unreachable, UNKNOWN if none.',
  })
  status(node: Node, _args: unknown, ctx: GqlContext): Result<NodeStatus> {
    return this.statsOr('status', node, ctx, (r) => r.stats?.status ?? NodeStatus.OFFLINE, NodeStatus.UNKNOWN);
  }

  @ResolveField(() => String, { description: 'Which rule set the status, e.g. "missed rate 12.4% > 10.0%"; "no data yet" with UNKNOWN.' })
  statusReason(node: Node, _args: unknown, ctx: GqlContext): Result<string> {
    return this.statsOr('statusReason', node, ctx, (r) => r.stats?.statusReason ?? NOT_A_PARTICIPANT, NO_DATA_YET);
  }

  @ResolveField(() => NODE_STATUS_RULES, {
    nullable: true,
    description: 'The rule statusReason words (for clients to word it themselves); null with UNKNOWN or an old stored snapshot.',
  })
  statusRule(node: Node, _args: unknown, ctx: GqlContext): Result<NodeStatusRule | null> {
    return this.statsOr('statusRule', node, ctx, (r) => (r.stats ? r.stats.statusRule : 'NOT_IN_CURRENT_EPOCH'), null);
  }

  @ResolveField(() => NodeStatusDetails, {
    nullable: true,
    description:
      'The figures of statusRule (rates, bound, jail end…); null when they are not known (UNKNOWN, or the last stored status while the network is unreachable).',
  })
  statusDetails(node: Node, _args: unknown, ctx: GqlContext): Result<NodeStatusDetails | null> {
    return this.statsOr(
      'statusDetails',
      node,
      ctx,
      (r) => (r.stats ? (r.stats.statusDetails ? toStatusDetails(r.stats.statusDetails) : null) : toStatusDetails({})),
      null,
    );
  }

  @ResolveField(() => Float, { nullable: true, description: "Sum of the ML nodes' declared throughput." })
  tokensPerSec(node: Node, _args: unknown, ctx: GqlContext): Result<number | null> {
    return this.stats('tokensPerSec', node, ctx, (r) => r.stats?.tokensPerSec ?? null);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description:
      "Inferences per day at the current epoch's pace: its inferences so far scaled to the whole epoch (in blocks; an epoch is the chain's day, ≈ 24 h on mainnet).",
  })
  jobsDay(node: Node, _args: unknown, ctx: GqlContext): Result<number | null> {
    return this.stats('jobsDay', node, ctx, (r) => r.stats?.jobsDay ?? null);
  }

  @ResolveField(() => String, { nullable: true, description: 'The first model the host serves this epoch.' })
  activeModel(node: Node, _args: unknown, ctx: GqlContext): Result<string | null> {
    return this.stats('activeModel', node, ctx, (r) => r.stats?.activeModel ?? null);
  }

  @ResolveField(() => Float, { nullable: true, description: 'Epoch weight (voting power share basis).' })
  weight(node: Node, _args: unknown, ctx: GqlContext): Result<number | null> {
    return this.stats('weight', node, ctx, (r) => r.stats?.weight ?? null);
  }

  @ResolveField(() => Float, {
    nullable: true,
    description: "weight ÷ the total weight of the current epoch's participants (0–1); null when unknown (not a participant, no weight, a zero total).",
  })
  weightShare(node: Node, _args: unknown, ctx: GqlContext): Result<number | null> {
    return this.stats('weightShare', node, ctx, (r) => r.stats?.weightShare ?? null);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: "Place by weight among the current epoch's participants, 1 = largest (equal weights share a place); null when unknown.",
  })
  weightRank(node: Node, _args: unknown, ctx: GqlContext): Result<number | null> {
    return this.stats('weightRank', node, ctx, (r) => r.stats?.weightRank ?? null);
  }

  @ResolveField(() => Int, { nullable: true, description: 'How many participants weightRank ranks among; null when weightRank is.' })
  weightRankOf(node: Node, _args: unknown, ctx: GqlContext): Result<number | null> {
    return this.stats('weightRankOf', node, ctx, (r) => r.stats?.weightRankOf ?? null);
  }

  @ResolveField(() => Date, { nullable: true, description: 'When the live data was fetched from the network; null: no data yet.' })
  statsFetchedAt(node: Node, _args: unknown, ctx: GqlContext): Result<Date | null> {
    return this.statsOr<Date | null>('statsFetchedAt', node, ctx, (r) => r.fetchedAt, null);
  }

  @ResolveField(() => Boolean, { description: 'True when the live data is older than the cache TTL (an upstream is slow or down) or there is none yet.' })
  statsStale(node: Node, _args: unknown, ctx: GqlContext): Result<boolean> {
    return this.statsOr('statsStale', node, ctx, (r) => r.stale, true);
  }

  @ResolveField(() => GnkScalar, { description: 'Rewards settled in the last 24 hours (rewarded_coins, exact).' })
  earningsDay(node: Node, _args: unknown, ctx: GqlContext): Result<string> {
    return nodeField(ctx.loaders, 'earningsDay', node, (e) => e.day);
  }

  @ResolveField(() => GnkScalar, { description: 'All rewards recorded for this node (rewarded_coins, exact).' })
  earningsTotal(node: Node, _args: unknown, ctx: GqlContext): Result<string> {
    return nodeField(ctx.loaders, 'earningsTotal', node, (e) => e.total);
  }

  @ResolveField(() => Float, {
    nullable: true,
    description: 'Percent of the observed time within the last 7 days spent HEALTHY (see uptimeObservedSince); null until first observed.',
  })
  uptimePercent(node: Node, _args: unknown, ctx: GqlContext): Result<number | null> {
    return nodeField(ctx.loaders, 'uptimePercent', node, (u) => u?.percent ?? null);
  }

  @ResolveField(() => Date, {
    nullable: true,
    description: 'Since when uptimePercent is measured: the first observation, or 7 days ago when observed longer; null until first observed.',
  })
  uptimeObservedSince(node: Node, _args: unknown, ctx: GqlContext): Result<Date | null> {
    return nodeField(ctx.loaders, 'uptimeObservedSince', node, (u) => u?.observedSince ?? null);
  }

  @ResolveField(() => NodeHardware, { nullable: true, description: 'On-chain hardware report; null when the host reports none.' })
  hardware(node: Node, _args: unknown, ctx: GqlContext) {
    return nodeField(ctx.loaders, 'hardware', node, (h) => h);
  }
}
