import { Args, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { Node } from '../nodes/dto/node.model.js';
import { DateRangeInput, EarningsGranularity, EarningsPoint, NodeStatusChange } from './dto/earnings.model.js';
import { EarningsService, resolveRange } from './earnings.service.js';

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
    return this.history.series([node.id], resolveRange(range), granularity);
  }

  @ResolveField(() => [NodeStatusChange], { description: 'Status transitions in the range, newest first (at most 500).' })
  statusHistory(@Root() node: Node, @Args('range', { type: () => DateRangeInput, nullable: true }) range?: DateRangeInput): Promise<NodeStatusChange[]> {
    return this.history.statusHistory(node.id, resolveRange(range));
  }
}
