import { UseGuards } from '@nestjs/common';
import { Int, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { DomainError } from '../../common/domain-error.js';
import { GnkScalar } from '../../graphql/scalars/gnk.scalar.js';
import { GqlAuthGuard, Roles, RolesGuard } from '../auth/index.js';
import { ClaimableSummary } from '../epochs/dto/epoch-attention.model.js';
import { EpochSummaryService, type EpochSummary } from '../epochs/epoch-summary.service.js';
import { NodesRepository } from '../nodes/nodes.repository.js';
import { SystemStats } from './dto/system-stats.model.js';

type Stats = SystemStats & { epochSummary?: Promise<EpochSummary> };

/** The epoch guard across every tracked node, for admins; each field resolves only when asked. */
@Resolver(() => SystemStats)
@UseGuards(GqlAuthGuard, RolesGuard)
export class SystemEpochsResolver {
  constructor(
    private readonly summaries: EpochSummaryService,
    private readonly nodes: NodesRepository,
  ) {}

  private summary(s: Stats): Promise<EpochSummary> {
    s.epochSummary ??= this.summaries.ofSystem();
    return s.epochSummary;
  }

  @Roles('admin')
  @ResolveField(() => Int, {
    nullable: true,
    description: 'Tracked nodes whose current epoch is AT_RISK; null (UPSTREAM_UNAVAILABLE) when the network cannot be read.',
  })
  async atRiskNodes(): Promise<number> {
    const tracked = await this.nodes.trackedNodes();
    return this.summaries.atRisk(tracked.map((t) => t.identifier)).catch(() => {
      throw new DomainError('UPSTREAM_UNAVAILABLE', 'Live node data is unavailable right now; try again shortly');
    });
  }

  @Roles('admin')
  @ResolveField(() => ClaimableSummary, { description: 'Rewards of every node that can still be claimed, and the deadline.' })
  async claimable(@Root() s: Stats): Promise<ClaimableSummary> {
    return (await this.summary(s)).claimable;
  }

  @Roles('admin')
  @ResolveField(() => GnkScalar, { description: 'GNK lost to expired claims this calendar month (UTC), over every node.' })
  async expiredThisMonth(@Root() s: Stats): Promise<string> {
    return (await this.summary(s)).expiredThisMonth;
  }

  @Roles('admin')
  @ResolveField(() => Int, { description: 'Settled epochs (node × epoch) that paid 0 this calendar month (UTC), over every node.' })
  async zeroRewardEpochsThisMonth(@Root() s: Stats): Promise<number> {
    return (await this.summary(s)).zeroRewardEpochsThisMonth;
  }
}
