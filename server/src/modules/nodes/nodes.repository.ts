/**
 * nodes, user_nodes (the open ownership period) and node_ownership_history (the closed ones).
 * Raw SQL through `Db`/`Sql` (database/db.ts), like every nodes repository: reads are named
 * prepared statements, and the assignment's writes join its transaction (`tx`).
 */
import { Injectable } from '@nestjs/common';
import { Db, type Sql } from '../../database/db.js';
import type { IdentifierType } from './dto/node.model.js';

/** The columns of a nodes row every read returns. */
export interface NodeColumns {
  id: string;
  identifier: string;
  identifier_type: IdentifierType;
  display_name: string | null;
  gpu_type: string | null;
  region: string | null;
}

/** A nodes row; timestamps as Dates (pg's own parsing). */
export interface NodeRecord extends NodeColumns {
  created_at: Date;
  /** Only when read for an owner: from when they see the node's history (null: all of it). */
  visible_from?: Date | null;
}

/** A node linked to a customer: the refresher keeps it current. */
export interface TrackedNode {
  id: string;
  identifier: string;
  /** Its owner (one per node: the unique index on user_nodes.node_id); live updates go to them. */
  ownerId: string;
}

export interface NewNode {
  identifier: string;
  identifierType: IdentifierType;
  displayName?: string | null;
  gpuType?: string | null;
  region?: string | null;
}

const COLUMNS = 'n.id, n.identifier, n.identifier_type, n.display_name, n.gpu_type, n.region, n.created_at';

@Injectable()
export class NodesRepository {
  constructor(private readonly db: Db) {}

  async byId(id: string, tx: Sql = this.db): Promise<NodeRecord | undefined> {
    const [row] = await tx.rows<NodeRecord>(`SELECT ${COLUMNS} FROM nodes n WHERE n.id = $1`, [id]);
    return row;
  }

  /** The node if `ownerId` owns it now, with the start of their period. */
  async ownedBy(id: string, ownerId: string): Promise<NodeRecord | undefined> {
    const [row] = await this.db.rows<NodeRecord>(
      `SELECT ${COLUMNS}, un.visible_from FROM nodes n JOIN user_nodes un ON un.node_id = n.id AND un.user_id = $2 WHERE n.id = $1`,
      [id, ownerId],
    );
    return row;
  }

  /** Creates the node, or fills in what the input gives for an existing identifier; returns it. */
  async upsert(node: NewNode, tx: Sql = this.db): Promise<NodeRecord> {
    const [row] = await tx.rows<NodeRecord>(
      `INSERT INTO nodes AS n (identifier, identifier_type, display_name, gpu_type, region) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (identifier) DO UPDATE SET
         display_name = COALESCE(EXCLUDED.display_name, n.display_name),
         gpu_type = COALESCE(EXCLUDED.gpu_type, n.gpu_type),
         region = COALESCE(EXCLUDED.region, n.region)
       RETURNING ${COLUMNS}`,
      [node.identifier, node.identifierType, node.displayName ?? null, node.gpuType ?? null, node.region ?? null],
    );
    return row;
  }

  /**
   * Links the node to its owner (a second owner fails on the one-owner unique index). A node that
   * had an owner before shows the new one only what happens from now on; its first owner also sees
   * the epochs back-filled from before the assignment (visible_from NULL).
   */
  async link(userId: string, nodeId: string, assignedBy: string, tx: Sql = this.db): Promise<void> {
    await tx.rows(
      `INSERT INTO user_nodes (user_id, node_id, assigned_by, visible_from)
       VALUES ($1, $2, $3, CASE WHEN EXISTS (SELECT 1 FROM node_ownership_history WHERE node_id = $2) THEN now() END)`,
      [userId, nodeId, assignedBy],
    );
  }

  /** The node with this identifier as it is, created first when new (bulk assignment: an owned node's name is not touched). */
  async ensureRecord(node: NewNode, tx: Sql = this.db): Promise<NodeRecord> {
    const [row] = await tx.rows<NodeRecord>(
      `INSERT INTO nodes AS n (identifier, identifier_type) VALUES ($1, $2)
       ON CONFLICT (identifier) DO UPDATE SET identifier = EXCLUDED.identifier RETURNING ${COLUMNS}`,
      [node.identifier, node.identifierType],
    );
    return row;
  }

  /**
   * `link` unless the node already has an owner (no error, so the caller's transaction goes on);
   * true when this made the link. A concurrent link of the same node waits for the other one's
   * commit and then does nothing: the one-owner index still decides.
   */
  async linkUnlessOwned(userId: string, nodeId: string, assignedBy: string, tx: Sql = this.db): Promise<boolean> {
    const rows = await tx.rows(
      `INSERT INTO user_nodes (user_id, node_id, assigned_by, visible_from)
       VALUES ($1, $2, $3, CASE WHEN EXISTS (SELECT 1 FROM node_ownership_history WHERE node_id = $2) THEN now() END)
       ON CONFLICT DO NOTHING RETURNING node_id`,
      [userId, nodeId, assignedBy],
    );
    return rows.length > 0;
  }

  /** The node's current owner, if any. */
  async ownerOf(nodeId: string, tx: Sql = this.db): Promise<string | undefined> {
    const [row] = await tx.rows<{ user_id: string }>(`SELECT user_id FROM user_nodes WHERE node_id = $1`, [nodeId]);
    return row?.user_id;
  }

  async rename(nodeId: string, displayName: string, tx: Sql = this.db): Promise<NodeRecord> {
    // A top-level UPDATE through a transaction's TypeORM manager returns [rows, count]; a SELECT returns the rows.
    const [row] = await tx.rows<NodeRecord>(`WITH n AS (UPDATE nodes SET display_name = $2 WHERE id = $1 RETURNING *) SELECT ${COLUMNS} FROM n`, [
      nodeId,
      displayName,
    ]);
    return row;
  }

  /** These nodes (any order); with `ownerId`, only those that user owns now. */
  byIds(ids: readonly string[], ownerId?: string): Promise<NodeRecord[]> {
    if (ownerId === undefined) return this.db.rows<NodeRecord>(`SELECT ${COLUMNS} FROM nodes n WHERE n.id = ANY($1::uuid[])`, [ids]);
    return this.db.rows<NodeRecord>(`SELECT ${COLUMNS} FROM nodes n JOIN user_nodes un ON un.node_id = n.id AND un.user_id = $2 WHERE n.id = ANY($1::uuid[])`, [
      ids,
      ownerId,
    ]);
  }

  /** Ends the node's link, kept as a closed period (its owner's income history keeps it); returns the owners it had. */
  async unlink(nodeId: string, unassignedBy: string, tx: Sql = this.db): Promise<string[]> {
    const rows = await tx.rows<{ user_id: string }>(
      `WITH gone AS (DELETE FROM user_nodes WHERE node_id = $1 RETURNING *)
       INSERT INTO node_ownership_history (node_id, user_id, assigned_at, assigned_by, visible_from, unassigned_by)
       SELECT node_id, user_id, assigned_at, assigned_by, visible_from, $2 FROM gone
       RETURNING user_id`,
      [nodeId, unassignedBy],
    );
    return rows.map((r) => r.user_id);
  }

  /** `userId` never owned the node: its link and its closed ownership periods go (none of its earnings are theirs). */
  async eraseOwnership(nodeId: string, userId: string, tx: Sql = this.db): Promise<void> {
    await tx.rows(`DELETE FROM user_nodes WHERE node_id = $1 AND user_id = $2`, [nodeId, userId]);
    await tx.rows(`DELETE FROM node_ownership_history WHERE node_id = $1 AND user_id = $2`, [nodeId, userId]);
  }

  /** The current owner of each of the nodes that has one (the nodeOwner loader's batch). */
  ownersOf(nodeIds: readonly string[]): Promise<{ node_id: string; user_id: string }[]> {
    return this.db.rows(`SELECT node_id, user_id FROM user_nodes WHERE node_id = ANY($1::uuid[])`, [nodeIds]);
  }

  /** Every node linked to a customer, with that customer. */
  trackedNodes(): Promise<TrackedNode[]> {
    return this.db.rows<TrackedNode>(`SELECT n.id, n.identifier, un.user_id AS "ownerId" FROM nodes n JOIN user_nodes un ON un.node_id = n.id`);
  }

  /** All nodes, and those linked to a customer (admin statistics). */
  async counts(): Promise<{ nodes: number; tracked: number }> {
    const [row] = await this.db.rows<{ nodes: number; tracked: number }>(
      `SELECT (SELECT count(*) FROM nodes)::int AS nodes, (SELECT count(DISTINCT node_id) FROM user_nodes)::int AS tracked`,
    );
    return row;
  }

  /** The id of the node with this identifier, created (as a wallet) if new; an existing node is left as it is. */
  /** `since`: when it was first tracked, if not now (the demo's month-old nodes). */
  async ensure(identifier: string, displayName: string, tx: Sql = this.db, since?: Date): Promise<string> {
    const [row] = await tx.rows<{ id: string }>(
      `INSERT INTO nodes (identifier, identifier_type, display_name, created_at) VALUES ($1, 'wallet', $2, COALESCE($3, now()))
       ON CONFLICT (identifier) DO UPDATE SET identifier = EXCLUDED.identifier RETURNING id`,
      [identifier, displayName, since ?? null],
    );
    return row.id;
  }

  /** Links the node unless it already has an owner; true when this made the link. */
  async linkIfUnowned(userId: string, nodeId: string, assignedBy: string, tx: Sql = this.db, assignedAt?: Date): Promise<boolean> {
    const rows = await tx.rows(
      `INSERT INTO user_nodes (user_id, node_id, assigned_by, assigned_at) VALUES ($1, $2, $3, COALESCE($4, now())) ON CONFLICT DO NOTHING RETURNING node_id`,
      [userId, nodeId, assignedBy, assignedAt ?? null],
    );
    return rows.length > 0;
  }
}
