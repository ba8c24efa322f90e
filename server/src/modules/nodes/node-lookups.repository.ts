/**
 * What other modules read of the nodes domain's tables (they never query them themselves); its own
 * module (NodeLookupsModule) so that modules NodesModule imports (rents, cloud) can use it too:
 * - nodes: which ids exist, ids by identifier, the names a statement prints.
 * Ownership periods for the money modules (profit, statements):
 * - user_nodes and node_ownership_history: a customer's ownership periods — the same periods their
 *   income history uses (earnings' OWNED_EARNINGS): a NULL visible_from (a node's first owner)
 *   reaches back to the epochs back-filled from before the assignment.
 * - user_nodes.assigned_at: when the current ownership period began (a return on rent counts from it).
 */
import { Injectable } from '@nestjs/common';
import { Db, type Sql } from '../../database/db.js';

/** One ownership period of a node; null ends are open (from the beginning / still owned). */
export interface OwnershipPeriodRow {
  node_id: string;
  starts: Date | null;
  ends: Date | null;
}

export interface NodeLabelRow {
  id: string;
  identifier: string;
  display_name: string | null;
}

@Injectable()
export class NodeLookupsRepository {
  constructor(private readonly db: Db) {}

  /** The user's periods of every node they owned at some time in [from, to). */
  ownershipPeriods(userId: string, from: Date, to: Date): Promise<OwnershipPeriodRow[]> {
    return this.db.rows<OwnershipPeriodRow>(
      `SELECT node_id, starts, ends FROM (
         SELECT node_id, visible_from AS starts, NULL::timestamptz AS ends FROM user_nodes WHERE user_id = $1
         UNION ALL
         SELECT node_id, visible_from, unassigned_at FROM node_ownership_history WHERE user_id = $1
       ) p
       WHERE (starts IS NULL OR starts < $3) AND (ends IS NULL OR ends > $2)
       ORDER BY node_id, starts NULLS FIRST`,
      [userId, from, to],
    );
  }

  /**
   * When the current ownership period of each node began (`assigned_at` of its user_nodes row):
   * the nodes a user holds now, or one node's (whoever holds it; none when unassigned).
   */
  assignments(owner: { userId: string } | { nodeId: string }): Promise<{ node_id: string; assigned_at: Date }[]> {
    if ('userId' in owner) return this.db.rows(`SELECT node_id, assigned_at FROM user_nodes WHERE user_id = $1`, [owner.userId]);
    return this.db.rows(`SELECT node_id, assigned_at FROM user_nodes WHERE node_id = $1`, [owner.nodeId]);
  }

  /** Which of the ids are nodes (an unknown id is reported instead of failing on a foreign key). */
  async knownIds(nodeIds: readonly string[], tx: Sql = this.db): Promise<Set<string>> {
    const rows = await tx.rows<{ id: string }>(`SELECT id FROM nodes WHERE id = ANY($1::uuid[])`, [nodeIds]);
    return new Set(rows.map((r) => r.id));
  }

  /** Node ids by Gonka identifier (the demo seeds know their nodes by address). */
  async idsByIdentifier(identifiers: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.db.rows<{ id: string; identifier: string }>(`SELECT id, identifier FROM nodes WHERE identifier = ANY($1::text[])`, [identifiers]);
    return new Map(rows.map((r) => [r.identifier, r.id]));
  }

  nodeLabels(nodeIds: readonly string[]): Promise<NodeLabelRow[]> {
    return this.db.rows<NodeLabelRow>(`SELECT id, identifier, display_name FROM nodes WHERE id = ANY($1::uuid[])`, [nodeIds]);
  }
}
