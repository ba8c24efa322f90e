import { Args, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { DateRangeInput, NodeStatusChange } from '../earnings/dto/earnings.model.js';
import { resolveRange } from '../earnings/earnings.service.js';
import { Node } from './dto/node.model.js';
import { toStatusDetails } from './dto/node-status-details.model.js';
import { NodesService } from './nodes.service.js';

/** Node.statusHistory; the Node itself was already authorized by the query that returned it. */
@Resolver(() => Node)
export class NodeStatusHistoryResolver {
  constructor(private readonly nodes: NodesService) {}

  @ResolveField(() => [NodeStatusChange], { description: 'Status transitions in the range, newest first (at most 500).' })
  statusHistory(@Root() node: Node, @Args('range', { type: () => DateRangeInput, nullable: true }) range?: DateRangeInput): Promise<NodeStatusChange[]> {
    // Each entry carries its node: NodeStatusChange.node (graphql/live) answers it without a read.
    return this.nodes
      .statusHistory(node, resolveRange(range))
      .then((list) => list.map((c) => ({ ...c, details: c.details ? toStatusDetails(c.details) : null, node })));
  }
}
