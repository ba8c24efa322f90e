import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { NotFound } from '../../common/domain-error.js';
import { NodeStatus } from '../../network/node-status.js';
import { NodeStatusChange } from '../../modules/earnings/dto/earnings.model.js';
import { Node } from '../../modules/nodes/dto/node.model.js';
import { toNodeModel } from '../../modules/nodes/node.mapper.js';
import { NodesRepository } from '../../modules/nodes/nodes.repository.js';
import type { NodeStatusChangeSource } from './live.models.js';

/**
 * The fields nodeStatusChanged adds to NodeStatusChange (issue #14's names), for history entries
 * too: the node (a history entry carries its parent; an event its id), and the statuses as the
 * NodeStatus enum (oldStatus/newStatus stay strings for existing clients).
 */
@Resolver(() => NodeStatusChange)
export class NodeStatusChangeResolver {
  constructor(private readonly nodes: NodesRepository) {}

  @ResolveField(() => Node, { description: 'The node that changed.' })
  async node(@Parent() change: NodeStatusChangeSource): Promise<Node> {
    if (change.node) return change.node;
    const node = change.nodeId ? await this.nodes.byId(change.nodeId) : undefined;
    if (!node) throw new NotFound('Node');
    return toNodeModel(node);
  }

  @ResolveField(() => NodeStatus, { description: 'The new status (newStatus as the NodeStatus enum).' })
  status(@Parent() change: NodeStatusChangeSource): NodeStatus {
    return change.newStatus as NodeStatus;
  }

  @ResolveField(() => NodeStatus, { nullable: true, description: "The status before; null on the node's first observation." })
  previousStatus(@Parent() change: NodeStatusChangeSource): NodeStatus | null {
    return (change.oldStatus as NodeStatus | null) ?? null;
  }
}
