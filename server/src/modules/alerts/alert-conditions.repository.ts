/**
 * alert_conditions (the flap-suppression state: the status each node was last seen in and for how
 * many consecutive refreshes) and node_mutes (a user's "no deliveries about this node until …").
 * Raw SQL through `Db` / `Sql`; both owned by the alerts domain.
 */
import { Injectable } from '@nestjs/common';
import { Db, type Sql } from '../../database/db.js';

/** What a node was last seen as (a status alert kind, or HEALTHY) and for how many refreshes in a row. */
export interface HeldCondition {
  nodeId: string;
  kind: string;
  consecutive: number;
}

@Injectable()
export class AlertConditionsRepository {
  constructor(private readonly db: Db) {}

  async load(nodeIds: readonly string[]): Promise<Map<string, HeldCondition>> {
    if (nodeIds.length === 0) return new Map();
    const rows = await this.db.rows<{ node_id: string; kind: string; consecutive: number }>(
      `SELECT node_id, kind, consecutive FROM alert_conditions WHERE node_id = ANY($1::uuid[])`,
      [nodeIds],
    );
    return new Map(rows.map((r) => [r.node_id, { nodeId: r.node_id, kind: r.kind, consecutive: r.consecutive }]));
  }

  /** Replaces each given node's condition (one row per node). */
  async save(conditions: readonly HeldCondition[], tx: Sql = this.db): Promise<void> {
    if (conditions.length === 0) return;
    const ids = conditions.map((c) => c.nodeId);
    await tx.rows(`DELETE FROM alert_conditions WHERE node_id = ANY($1::uuid[])`, [ids]);
    await tx.rows(`INSERT INTO alert_conditions (node_id, kind, consecutive) SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[])`, [
      ids,
      conditions.map((c) => c.kind),
      conditions.map((c) => c.consecutive),
    ]);
  }
}

@Injectable()
export class NodeMutesRepository {
  constructor(private readonly db: Db) {}

  async mute(userId: string, nodeId: string, until: Date): Promise<void> {
    await this.db.rows(
      `INSERT INTO node_mutes (user_id, node_id, muted_until) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, node_id) DO UPDATE SET muted_until = EXCLUDED.muted_until`,
      [userId, nodeId, until],
    );
  }

  async unmute(userId: string, nodeId: string): Promise<void> {
    await this.db.rows(`DELETE FROM node_mutes WHERE user_id = $1 AND node_id = $2`, [userId, nodeId]);
  }

  /** The nodes of `nodeIds` the user has muted now, with until when. */
  async mutedUntil(userId: string, nodeIds: readonly string[]): Promise<Map<string, Date>> {
    const rows = await this.db.rows<{ node_id: string; muted_until: Date }>(
      `SELECT node_id, muted_until FROM node_mutes WHERE user_id = $1 AND node_id = ANY($2::uuid[]) AND muted_until > now()`,
      [userId, nodeIds],
    );
    return new Map(rows.map((r) => [r.node_id, r.muted_until]));
  }

  /** Whether the user has the node muted now (inside the caller's transaction). */
  async isMuted(userId: string, nodeId: string | null, tx: Sql = this.db): Promise<boolean> {
    if (!nodeId) return false;
    const rows = await tx.rows(`SELECT 1 FROM node_mutes WHERE user_id = $1 AND node_id = $2 AND muted_until > now()`, [userId, nodeId]);
    return rows.length > 0;
  }
}
