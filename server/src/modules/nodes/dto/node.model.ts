import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../../graphql/connection.js';

export enum NodeStatus {
  HEALTHY = 'HEALTHY',
  UNHEALTHY = 'UNHEALTHY',
  JAILED = 'JAILED',
  OFFLINE = 'OFFLINE',
}
registerEnumType(NodeStatus, {
  name: 'NodeStatus',
  description: 'HEALTHY, or why not: JAILED (validator jailed), OFFLINE (not in the epoch or health failing), UNHEALTHY (excluded, INACTIVE/INVALID, missed or invalidation rate > 10%, low confirmation PoC).',
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

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'One ML node of a host.' })
export class MlNode {
  @Field()
  localId: string;

  @Field({ description: 'INFERENCE, POC, TRAINING, STOPPED, FAILED or UNKNOWN.' })
  status: string;

  @Field(() => [String])
  models: string[];
}

@ObjectType({ description: 'Hardware a host reports on chain (hardware_nodes).' })
export class NodeHardware {
  @Field(() => Int)
  totalGpus: number;

  @Field(() => [GpuCount])
  gpus: GpuCount[];

  @Field(() => [MlNode])
  mlNodes: MlNode[];
}

/**
 * A tracked Gonka node. Plain fields come from our database; live fields resolve lazily through
 * per-request loaders, so a query that does not ask for them costs no upstream call.
 */
@ObjectType({ description: 'A Gonka node (host) tracked by the portal.' })
export class Node {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The Gonka identifier, usually a gonka1… address.' })
  identifier: string;

  @Field(() => IdentifierType)
  identifierType: IdentifierType;

  @Field(() => String, { nullable: true, description: 'Name given by support or the owner.' })
  displayName: string | null;

  @Field(() => String, { nullable: true, description: 'GPU type as recorded at assignment.' })
  gpuType: string | null;

  @Field(() => String, { nullable: true })
  region: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class NodeConnection extends Connection(Node) {}

