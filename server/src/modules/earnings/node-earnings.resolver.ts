import { Args, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { Node } from '../nodes/dto/node.model.js';
import { DateRangeInput, EarningsGranularity, EarningsPoint } from './dto/earnings.model.js';
import { visibleRange } from '../nodes/visible-range.js';
import { EarningsService, resolveRange } from './earnings.service.js';

/** Node.earnings (the settled-reward series); the Node itself was already authorized by the query that returned it. */
@Resolver(() => Node)
export class NodeEarningsResolver {
  constructor(private readonly history: EarningsService) {}

  @ResolveField(() => [EarningsPoint], { description: 'Settled rewards per epoch, day or week in the range (default: last 30 days).' })
  earnings(
    @Root() node: Node,
    @Args('range', { type: () => DateRangeInput, nullable: true }) range?: DateRangeInput,
    @Args('granularity', { type: () => EarningsGranularity, defaultValue: EarningsGranularity.DAY }) granularity = EarningsGranularity.DAY,
  ): Promise<EarningsPoint[]> {
    return this.history.series([node.id], visibleRange(resolveRange(range), node), granularity);
  }
}
