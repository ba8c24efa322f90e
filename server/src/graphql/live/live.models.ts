import { Field, ObjectType } from '@nestjs/graphql';
import type { NodeStatus } from '../../network/node-status.js';
import type { Node } from '../../modules/nodes/dto/node.model.js';
import type { NodeStatusChange } from '../../modules/earnings/dto/earnings.model.js';

/**
 * A status transition as the schema's one NodeStatusChange type carries it (Node.statusHistory
 * entries and nodeStatusChanged events alike): `node`, `status`, `previousStatus` resolve from these
 * (node-status-change.resolver.ts).
 */
export type NodeStatusChangeSource = NodeStatusChange & { nodeId?: string; node?: Node };

export type { NodeStatus };

@ObjectType({ description: "Something on the caller's dashboard changed: refetch what the page shows." })
export class DashboardSignal {
  @Field({ description: 'Why: "refresh" (new data after a refresh), "node-assigned" or "node-unassigned".' })
  reason: string;

  @Field({ description: 'When it happened.' })
  at: Date;
}
