import { Field, HideField, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../../graphql/connection.js';
import { NodeStatus } from '../../../network/node-status.js';

// The rules' own enum (network/node-status.ts): a status needs no conversion on its way to the client.
registerEnumType(NodeStatus, {
  name: 'NodeStatus',
  description:
    'HEALTHY, or why not: JAILED (validator jailed), OFFLINE (not in the epoch or health failing), UNHEALTHY (excluded, INACTIVE/INVALID, missed or invalidation rate > 10%, low confirmation PoC); UNKNOWN: no data yet (the network cannot be reached and nothing is stored for the node).',
});

export enum IdentifierType {
  WALLET = 'wallet',
  NODE_ID = 'node_id',
  OPERATOR = 'operator',
  VALIDATOR = 'validator',
}
registerEnumType(IdentifierType, { name: 'IdentifierType', description: 'What kind of Gonka identifier a node is tracked by.' });

@ObjectType({ description: 'GPUs of one type reported by a host.' })
export class GpuCount {
  @Field({ description: 'Self-reported type, e.g. "NVIDIA H100 80GB HBM3 | 79GB".' })
  type: string;

  @Field(() => Int, { description: 'How many GPUs of this type.' })
  count: number;
}

@ObjectType({ description: 'One ML node of a host.' })
export class MlNode {
  @Field({ description: "The ML node's id on its host." })
  localId: string;

  @Field({ description: 'INFERENCE, POC, TRAINING, STOPPED, FAILED or UNKNOWN.' })
  status: string;

  @Field(() => [String], { description: 'Models the ML node serves.' })
  models: string[];
}

@ObjectType({ description: 'Hardware a host reports on chain (hardware_nodes).' })
export class NodeHardware {
  @Field(() => Int, { description: 'All GPUs over all ML nodes.' })
  totalGpus: number;

  @Field(() => [GpuCount], { description: 'GPUs grouped by type.' })
  gpus: GpuCount[];

  @Field(() => [MlNode], { description: 'The ML nodes behind this host.' })
  mlNodes: MlNode[];
}

/**
 * A tracked Gonka node. Plain fields come from our database; live fields resolve lazily through
 * per-request loaders, so a query that does not ask for them costs no upstream call.
 */
@ObjectType({ description: 'A Gonka node (host) tracked by the portal.' })
export class Node {
  @Field(() => ID, { description: "The portal's id of the node." })
  id: string;

  @Field({ description: 'The Gonka identifier, usually a gonka1… address.' })
  identifier: string;

  @Field(() => IdentifierType, { description: 'What kind of identifier this is.' })
  identifierType: IdentifierType;

  @Field(() => String, { nullable: true, description: 'Name given by support or the owner.' })
  displayName: string | null;

  @Field(() => String, { nullable: true, description: 'GPU type as recorded at assignment.' })
  gpuType: string | null;

  @Field(() => String, { nullable: true, description: 'Where the server runs, as recorded at assignment.' })
  region: string | null;

  @Field({ description: 'When the node was first tracked.' })
  createdAt: Date;

  /**
   * From when the viewer sees this node's history (earnings, totals, status timeline, uptime, jobs):
   * a customer who received the node from another sees only their own period. Absent or null: all
   * of it (admins, and a node's first owner). Set by the query that authorized the node.
   */
  @HideField()
  visibleFrom?: Date | null;
}

@ObjectType({ description: 'A page of nodes.' })
export class NodeConnection extends Connection(Node) {}
