import { UseGuards } from '@nestjs/common';
import { Args, Int, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { BadUserInput, DomainError } from '../../common/domain-error.js';
import { GnkScalar } from '../../graphql/scalars/gnk.scalar.js';
import { GqlAuthGuard } from '../auth/index.js';
import { AttentionItem, ClaimableSummary } from '../epochs/dto/epoch-attention.model.js';
import { EpochSummaryService, type EpochSummary } from '../epochs/epoch-summary.service.js';
import { Dashboard } from './dto/dashboard.model.js';
import { DashboardService } from './dashboard.service.js';

const ATTENTION_MAX = 50;

/** The dashboard's epoch-guard fields (Needs attention); each resolves only when asked. */
@Resolver(() => Dashboard)
@UseGuards(GqlAuthGuard)
export class DashboardEpochsResolver {
  constructor(
    private readonly dashboards: DashboardService,
    private readonly summaries: EpochSummaryService,
  ) {}

  private summary(d: Dashboard): Promise<EpochSummary> {
    d.epochSummary ??= this.summaries.ofOwner(d.userId);
    return d.epochSummary;
  }

  private nodes(d: Dashboard) {
    d.nodes ??= this.dashboards.nodes(d.userId);
    return d.nodes;
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: "The customer's nodes whose current epoch is AT_RISK; null (UPSTREAM_UNAVAILABLE) when the network cannot be read.",
  })
  async atRiskNodes(@Root() d: Dashboard): Promise<number> {
    const nodes = await this.nodes(d);
    return this.summaries.atRisk(nodes.map((n) => n.identifier)).catch(() => {
      throw new DomainError('UPSTREAM_UNAVAILABLE', 'Live node data is unavailable right now; try again shortly');
    });
  }

  @ResolveField(() => ClaimableSummary, { description: 'Rewards that can still be claimed (epoch = current − 1, not claimed yet), and the deadline.' })
  async claimable(@Root() d: Dashboard): Promise<ClaimableSummary> {
    return (await this.summary(d)).claimable;
  }

  @ResolveField(() => GnkScalar, { description: 'GNK lost to expired claims this calendar month (UTC), over the periods the customer owned the nodes.' })
  async expiredThisMonth(@Root() d: Dashboard): Promise<string> {
    return (await this.summary(d)).expiredThisMonth;
  }

  @ResolveField(() => Int, { description: 'Settled epochs (node × epoch) that paid 0 this calendar month (UTC).' })
  async zeroRewardEpochsThisMonth(@Root() d: Dashboard): Promise<number> {
    return (await this.summary(d)).zeroRewardEpochsThisMonth;
  }

  @ResolveField(() => [AttentionItem], {
    description: 'The Needs-attention panel: at-risk nodes, claimable and expired rewards, zero epochs (this month), newest first.',
  })
  async attention(
    @Root() d: Dashboard,
    @Args('first', { type: () => Int, defaultValue: 20, description: `How many lines, 1..${ATTENTION_MAX}.` }) first: number,
  ): Promise<AttentionItem[]> {
    if (!Number.isInteger(first) || first < 1 || first > ATTENTION_MAX) throw new BadUserInput('first', `first must be between 1 and ${ATTENTION_MAX}`);
    return this.summaries.attention(d.userId, await this.nodes(d), first);
  }
}
