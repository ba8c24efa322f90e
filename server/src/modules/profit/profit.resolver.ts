import { UseGuards } from '@nestjs/common';
import { Args, Context, ResolveField, Resolver, Root } from '@nestjs/graphql';
import type { GqlContext } from '../../graphql/gql-context.js';
import { CurrentUser, GqlAuthGuard, type AuthUser } from '../auth/index.js';
import { Dashboard } from '../dashboard/dto/dashboard.model.js';
import { Node } from '../nodes/dto/node.model.js';
import { Profit, ProfitDay, ProfitProjection, ProfitRangeInput, ProfitReturn } from './dto/profit.model.js';
import { ProfitProjectionService } from './profit-projection.service.js';
import { ProfitReportService } from './profit-report.service.js';
import { RETURN_MAX_DAYS } from './profit.rules.js';

const RANGE = { type: () => ProfitRangeInput, nullable: true, description: 'A day, a month or from/to (≤ 366 days); default: the current month.' };

/** Node.profit (the Node was authorized by the query that returned it), in the viewer's currency. */
@Resolver(() => Node)
export class NodeProfitResolver {
  constructor(private readonly report: ProfitReportService) {}

  @ResolveField('profit', () => Profit, { description: 'Income, rent and net profit of the node over the range, as the viewer sees the node.' })
  nodeProfit(@Root() node: Node, @Context() ctx: GqlContext, @Args('range', RANGE) range?: ProfitRangeInput): Promise<Profit> {
    return this.report.figures({ nodeId: node.id, visibleFrom: node.visibleFrom ?? null, viewerId: (ctx.user as AuthUser).id }, range);
  }
}

/** dashboard.profit: every node the customer owned in the range, over the time they owned it. */
@Resolver(() => Dashboard)
@UseGuards(GqlAuthGuard)
export class DashboardProfitResolver {
  constructor(private readonly report: ProfitReportService) {}

  @ResolveField('profit', () => Profit, { description: "The customer's income, rent and net profit (default: the current month), in their currency." })
  dashboardProfit(@Root() d: Dashboard, @CurrentUser() user: AuthUser, @Args('range', RANGE) range?: ProfitRangeInput): Promise<Profit> {
    return this.report.figures({ userId: d.userId, viewerId: user.id }, range);
  }
}

/** The costly parts of a Profit, computed only when asked. */
@Resolver(() => Profit)
export class ProfitFieldsResolver {
  constructor(
    private readonly report: ProfitReportService,
    private readonly projections: ProfitProjectionService,
  ) {}

  @ResolveField(() => ProfitProjection, {
    nullable: true,
    description: 'The current month carried to its end (projected); null unless the range is the current month.',
  })
  projection(@Root() profit: Profit): Promise<ProfitProjection | null> {
    return this.projections.projection(profit);
  }

  @ResolveField(() => ProfitReturn, {
    description: `Return on rent since the assignment of the node(s) (at most ${RETURN_MAX_DAYS} days back), and the break-even date.`,
  })
  returns(@Root() profit: Profit): Promise<ProfitReturn> {
    return this.report.returns(profit);
  }

  @ResolveField(() => [ProfitDay], { description: 'Income and rent per UTC day of the range up to today (for charts: each day rounded on its own).' })
  daily(@Root() profit: Profit): Promise<ProfitDay[]> {
    return this.report.daily(profit);
  }
}
