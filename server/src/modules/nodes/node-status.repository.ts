/**
 * node_stats_cache (each tracked node's last good snapshot) and node_status_events (its status
 * timeline), plus the read of `nodes`/`user_nodes` these queries join (same domain). Raw SQL through
 * `Db`/`Sql` (database/db.ts): the loaders' fallback runs on the request path, and the refresher's
 * writes join its transaction (`tx`).
 *
 * The database spells a status in lower case (the tables' CHECK constraints; stored values are kept
 * as they are); the two functions below are the only place that converts.
 */
import { Injectable } from '@nestjs/common';
import { Db, type Sql } from '../../database/db.js';
import { type DerivedNodeStatus, NodeStatus, type NodeStatusDetails, type NodeStatusRule } from '../../network/node-status.js';

/** How the database spells `status`. */
export function storedStatus(status: NodeStatus): string {
  return status.toLowerCase();
}

/** The status a stored spelling stands for (the tables hold only the rules' verdicts, never UNKNOWN). */
export function statusFromStored(stored: string): DerivedNodeStatus {
  return stored.toUpperCase() as DerivedNodeStatus;
}

/** Where stored figures came from (the `source` CHECK of node_stats_cache and earnings_history). */
export type StatsSource = 'hyperfusion' | 'hashiro' | 'gonka_api';

/** What the refresher stores for one node. */
export interface NewSnapshot {
  nodeId: string;
  status: DerivedNodeStatus;
  statusRule: string | null;
  statusReason: string;
  tokensPerSec: number | null;
  jobsDay: number | null;
  activeModel: string | null;
  votingWeight: string | null;
  /** null: unknown this time (the stored value is kept). */
  gpuModels: string | null;
}

/** A stored snapshot, as the loaders serve it while the network is unreachable. */
export interface StoredSnapshot {
  identifier: string;
  status: DerivedNodeStatus;
  status_rule: string | null;
  status_reason: string | null;
  /** bigint: pg returns it as text. */
  voting_weight: string | null;
  active_model: string | null;
  tokens_per_sec: number | null;
  jobs_day: number | null;
  fetched_at: Date;
}

export interface StatusChange {
  at: Date;
  /** null for the node's first observation. */
  oldStatus: DerivedNodeStatus | null;
  newStatus: DerivedNodeStatus;
  reason: string | null;
  /** The rule that set newStatus and the figures `reason` is worded from; null on events stored before they were kept. */
  rule: NodeStatusRule | null;
  details: NodeStatusDetails | null;
}

/** Newest transitions a status history returns at most. */
const MAX_EVENTS = 500;

@Injectable()
export class NodeStatusRepository {
  constructor(private readonly db: Db) {}

  /** The stored snapshots of the nodes with these identifiers (nodes never refreshed have none). */
  async snapshotsOf(identifiers: readonly string[]): Promise<StoredSnapshot[]> {
    const rows = await this.db.rows<StoredSnapshot>(
      `SELECT n.identifier, c.status, c.status_rule, c.status_reason, c.voting_weight, c.active_model, c.tokens_per_sec, c.jobs_day, c.fetched_at
       FROM nodes n JOIN node_stats_cache c ON c.node_id = n.id WHERE n.identifier = ANY($1)`,
      [identifiers],
    );
    return rows.map((r) => ({ ...r, status: statusFromStored(r.status) }));
  }

  /** The current statuses by node id, locked until `tx` ends (two refreshers cannot both record a transition). */
  async lockCurrent(nodeIds: readonly string[], tx: Sql): Promise<Map<string, DerivedNodeStatus>> {
    const rows = await tx.rows<{ node_id: string; status: string }>(`SELECT node_id, status FROM node_stats_cache WHERE node_id = ANY($1::uuid[]) FOR UPDATE`, [
      nodeIds,
    ]);
    return new Map(rows.map((r) => [r.node_id, statusFromStored(r.status)]));
  }

  /** Replaces the nodes' snapshots (fetched now, last_error cleared). */
  async saveSnapshots(snaps: readonly NewSnapshot[], tx: Sql = this.db): Promise<void> {
    // One JSON document rather than 9 array parameters: pg writes arrays element by element in
    // JavaScript (the refresh's largest allocations at 10k nodes, bench/memory-profile.mjs).
    const rows = snaps.map((s) => ({
      node_id: s.nodeId,
      status: storedStatus(s.status),
      status_rule: s.statusRule,
      status_reason: s.statusReason,
      tokens_per_sec: s.tokensPerSec,
      jobs_day: s.jobsDay,
      active_model: s.activeModel,
      voting_weight: s.votingWeight,
      gpu_models: s.gpuModels,
    }));
    await tx.rows(
      `INSERT INTO node_stats_cache (node_id, status, status_rule, status_reason, tokens_per_sec, jobs_day, active_model, voting_weight, gpu_models, source, fetched_at, last_error)
         SELECT u.*, 'gonka_api', now(), NULL
         FROM jsonb_to_recordset($1::jsonb) AS u(node_id uuid, status text, status_rule text, status_reason text, tokens_per_sec float8, jobs_day int,
                                                active_model text, voting_weight bigint, gpu_models text)
         ON CONFLICT (node_id) DO UPDATE SET status = EXCLUDED.status, status_rule = EXCLUDED.status_rule,
           status_reason = EXCLUDED.status_reason, tokens_per_sec = EXCLUDED.tokens_per_sec, jobs_day = EXCLUDED.jobs_day,
           active_model = EXCLUDED.active_model, voting_weight = EXCLUDED.voting_weight,
           gpu_models = COALESCE(EXCLUDED.gpu_models, node_stats_cache.gpu_models), source = EXCLUDED.source,
           fetched_at = EXCLUDED.fetched_at, last_error = NULL`,
      [JSON.stringify(rows)],
    );
  }

  /**
   * Appends transitions to the nodes' timelines (one JSON document of rows, as saveSnapshots), seen
   * now unless an event says when (`at`: a transition read back after the fact).
   */
  async addEvents(events: readonly (Omit<StatusChange, 'at'> & { nodeId: string; at?: Date })[], tx: Sql = this.db): Promise<void> {
    const rows = events.map((e) => ({
      id: e.nodeId,
      at: e.at?.toISOString() ?? null,
      old: e.oldStatus === null ? null : storedStatus(e.oldStatus),
      new: storedStatus(e.newStatus),
      reason: e.reason,
      rule: e.rule,
      details: e.details ?? null,
    }));
    await tx.rows(
      `INSERT INTO node_status_events (node_id, at, old_status, new_status, reason, rule, details)
         SELECT u.id, COALESCE(u.at, now()), u.old, u.new, u.reason, u.rule, u.details
         FROM jsonb_to_recordset($1::jsonb) AS u(id uuid, at timestamptz, old text, new text, reason text, rule text, details jsonb)`,
      [JSON.stringify(rows)],
    );
  }

  /** Removes the nodes' transitions before `before` (a past about to be written anew); returns how many per node. */
  async dropEventsBefore(nodeIds: readonly string[], before: Date, tx: Sql = this.db): Promise<Map<string, number>> {
    const rows = await tx.rows<{ node_id: string; n: number }>(
      `WITH gone AS (DELETE FROM node_status_events WHERE node_id = ANY($1::uuid[]) AND at < $2 RETURNING node_id)
       SELECT node_id, count(*)::int AS n FROM gone GROUP BY node_id`,
      [nodeIds, before],
    );
    return new Map(rows.map((r) => [r.node_id, r.n]));
  }

  /** A failed refresh is noted on the nodes' snapshots, which stay as they were. */
  async recordRefreshError(nodeIds: readonly string[], error: string): Promise<void> {
    await this.db.rows(`UPDATE node_stats_cache SET last_error = $1 WHERE node_id = ANY($2::uuid[])`, [error, nodeIds]);
  }

  /** The node's transitions within the range, newest first (at most MAX_EVENTS). */
  async history(nodeId: string, range: { from: Date; to: Date }): Promise<StatusChange[]> {
    const rows = await this.db.rows<{
      at: Date;
      old_status: string | null;
      new_status: string;
      reason: string | null;
      rule: NodeStatusRule | null;
      details: NodeStatusDetails | null;
    }>(
      `SELECT at, old_status, new_status, reason, rule, details FROM node_status_events
       WHERE node_id = $1 AND at BETWEEN $2 AND $3 ORDER BY at DESC, id DESC LIMIT ${MAX_EVENTS}`,
      [nodeId, range.from, range.to],
    );
    return rows.map((r) => ({
      at: r.at,
      oldStatus: r.old_status === null ? null : statusFromStored(r.old_status),
      newStatus: statusFromStored(r.new_status),
      reason: r.reason,
      rule: r.rule,
      details: r.details,
    }));
  }

  /** A customer's nodes with their status at the last refresh (null: not observed yet). */
  async ownedNodeStatuses(userId: string): Promise<{ id: string; identifier: string; name: string; status: DerivedNodeStatus | null }[]> {
    const rows = await this.db.rows<{ id: string; identifier: string; name: string; status: string | null }>(
      `SELECT n.id, n.identifier, COALESCE(n.display_name, n.identifier) AS name, c.status FROM user_nodes un JOIN nodes n ON n.id = un.node_id
       LEFT JOIN node_stats_cache c ON c.node_id = n.id WHERE un.user_id = $1`,
      [userId],
    );
    return rows.map((r) => ({ ...r, status: r.status === null ? null : statusFromStored(r.status) }));
  }
}
