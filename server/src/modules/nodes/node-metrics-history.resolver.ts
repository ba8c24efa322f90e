import { Args, Int, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { Node } from './dto/node.model.js';
import { NodeEpochMetrics } from './dto/node-epoch-metrics.model.js';
import { METRICS_HISTORY_DEFAULT_EPOCHS, METRICS_HISTORY_MAX_EPOCHS, NodeMetricsHistoryService } from './node-metrics-history.service.js';

/** Node.metricsHistory: one bounded query set per node (NODE_FIELDS_WITHOUT_LOADER); the Node was already authorized. */
@Resolver(() => Node)
export class NodeMetricsHistoryResolver {
  constructor(private readonly history: NodeMetricsHistoryService) {}

  @ResolveField(() => [NodeEpochMetrics], {
    description: `Per epoch, oldest first: throughput, requests, misses and uptime of the last \`epochs\` epochs (1..${METRICS_HISTORY_MAX_EPOCHS}) up to the running one, from the first epoch anything is known of — within the viewer's ownership period.`,
  })
  metricsHistory(
    @Root() node: Node,
    @Args('epochs', { type: () => Int, nullable: true, defaultValue: METRICS_HISTORY_DEFAULT_EPOCHS }) epochs: number,
  ): Promise<NodeEpochMetrics[]> {
    return this.history.history(node, epochs ?? METRICS_HISTORY_DEFAULT_EPOCHS);
  }
}
