import type { Node } from './dto/node.model.js';
import type { NodeRecord } from './nodes.repository.js';

export function toNodeModel(r: NodeRecord): Node {
  return {
    id: r.id,
    identifier: r.identifier,
    identifierType: r.identifier_type,
    displayName: r.display_name,
    gpuType: r.gpu_type,
    region: r.region,
    createdAt: r.created_at,
  };
}
