import { Args, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { Node } from '../nodes/dto/node.model.js';
import { DateRangeInput, EarningsGranularity, EarningsPoint } from './dto/earnings.model.js';
import { EarningsService, resolveRange, type ResolvedRange } from './earnings.service.js';

/** The range cut to the viewer's ownership period (a node passed on shows its new owner only theirs). */
function visible(range: ResolvedRange, node: Node): ResolvedRange {
  const since = node.visibleFrom;
  return since && since > range.from ? { from: since, to: range.to } : range;
}

/** History fields of Node; the Node itself was already authorized by the query that returned it. */
@Resolver(() => Node)
export class NodeHistoryResolver {
  constructor(private readonly history: EarningsService) {}

  @ResolveField(() => [EarningsPoint], { description: 'Settled rewards per epoch, day or week in the range (default: last 30 days).' })
  earnings(
    @Root() node: Node,
    @Args('range', { type: () => DateRangeInput, nullable: true }) range?: DateRangeInput,
    @Args('granularity', { type: () => EarningsGranularity, defaultValue: EarningsGranularity.DAY }) granularity = EarningsGranularity.DAY,
  ): Promise<EarningsPoint[]> {
    return this.history.series([node.id], visible(resolveRange(range), node), granularity);
  }
}
