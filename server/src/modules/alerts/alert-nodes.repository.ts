/**
 * Read-join on the nodes domain's tables (nodes, user_nodes) for Alert.node: the nodes of a page
 * of alerts that the viewer can see now. Raw SQL through `Db`; writes nothing.
 */
import { Injectable } from '@nestjs/common';
import { Db } from '../../database/db.js';
import type { NodeRecord } from '../nodes/nodes.repository.js';

@Injectable()
export class AlertNodesRepository {
  constructor(private readonly db: Db) {}

  /** `viewerId` null: an admin (every node); else only the nodes they own now, with their period's start. */
  visibleNodes(ids: readonly string[], viewerId: string | null): Promise<NodeRecord[]> {
    return this.db.rows<NodeRecord>(
      `SELECT n.id, n.identifier, n.identifier_type, n.display_name, n.gpu_type, n.region, n.created_at, un.visible_from
       FROM nodes n LEFT JOIN user_nodes un ON un.node_id = n.id
       WHERE n.id = ANY($1::uuid[]) AND ($2::uuid IS NULL OR un.user_id = $2)`,
      [ids, viewerId],
    );
  }
}
