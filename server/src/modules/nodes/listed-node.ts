import { parseTimestamp } from '../../database/sql.js';
import type { IdentifierType, Node } from './dto/node.model.js';
import type { NodeColumns } from './nodes.repository.js';

/** A row of the node-list query (node-list.repository.ts). */
export interface NodeRow extends NodeColumns {
  /** Raw timestamptz text (RAW_TIMESTAMPS): exact for keyset cursors. */
  created_at: string;
  visible_from?: string | null;
  day?: string;
  total?: string;
  total_count?: number;
}

/** A listed node; its Date is made only if a client reads createdAt (a class: the getter lives on the prototype). */
class ListedNode implements Node {
  readonly id: string;
  readonly identifier: string;
  readonly identifierType: IdentifierType;
  readonly displayName: string | null;
  readonly gpuType: string | null;
  readonly region: string | null;
  readonly visibleFrom: Date | null;
  private readonly createdAtText: string;

  constructor(r: NodeRow) {
    this.id = r.id;
    this.identifier = r.identifier;
    this.identifierType = r.identifier_type;
    this.displayName = r.display_name;
    this.gpuType = r.gpu_type;
    this.region = r.region;
    this.visibleFrom = r.visible_from ? parseTimestamp(r.visible_from) : null;
    this.createdAtText = r.created_at;
  }

  get createdAt(): Date {
    return parseTimestamp(this.createdAtText);
  }
}

export function toNode(r: NodeRow): Node {
  return new ListedNode(r);
}
