import { IdentifierType, type Node } from './dto/node.model.js';
import type { NodeEntity } from './entities/node.entity.js';

export function toNodeModel(e: NodeEntity): Node {
  return {
    id: e.id,
    identifier: e.identifier,
    identifierType: e.identifierType as IdentifierType,
    displayName: e.displayName,
    gpuType: e.gpuType,
    region: e.region,
    createdAt: e.createdAt,
  };
}
