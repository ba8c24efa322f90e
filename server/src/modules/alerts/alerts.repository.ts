/**
 * alerts (owned by the alerts domain). Raw SQL through `Db` / `Sql` (database/db.ts); writes take
 * the caller's transaction so an alert and its outbox rows commit together. Read-join: `nodes`
 * (nodes domain) for the node's identifier and name, which texts and webhooks show.
 */
import { Injectable } from '@nestjs/common';
import { Db, type Sql } from '../../database/db.js';
import { decodeCursor, encodeCursor, type ConnectionResult } from '../../graphql/connection.js';
import {
  type AlertKind,
  type AlertParams,
  type AlertRecord,
  type AlertSeverity,
  type AlertState,
  type RaiseAlert,
  STATEFUL_ALERT_KINDS,
} from './alert.types.js';

export interface AlertRow {
  id: string;
  user_id: string;
  node_id: string | null;
  node_identifier: string | null;
  node_name: string | null;
  kind: AlertKind;
  severity: AlertSeverity;
  state: AlertState;
  dedupe_key: string;
  params: AlertParams;
  opened_at: Date;
  resolved_at: Date | null;
  acknowledged_at: Date | null;
  muted_at: Date | null;
  cursor_at?: string;
}

/** An open alert, as the evaluator needs to know it (what is open for whom). */
export interface OpenAlertKey {
  userId: string;
  nodeId: string | null;
  kind: AlertKind;
  dedupeKey: string;
  params: AlertParams;
}

export interface AlertFilter {
  state?: AlertState;
  nodeId?: string;
}

const STATEFUL = [...STATEFUL_ALERT_KINDS];

/** `a` is the alerts row; the node's columns come from a LEFT JOIN on nodes `n`. */
export const ALERT_COLUMNS = `a.id, a.user_id, a.node_id, n.identifier AS node_identifier, COALESCE(n.display_name, n.identifier) AS node_name,
  a.kind, a.severity, a.state, a.dedupe_key, a.params, a.opened_at, a.resolved_at, a.acknowledged_at, a.muted_at`;
/** The changed rows of a write CTE `w`, with their node. */
const RETURNED = `SELECT ${ALERT_COLUMNS} FROM w a LEFT JOIN nodes n ON n.id = a.node_id`;

export function toAlertRecord(r: AlertRow): AlertRecord {
  return {
    id: r.id,
    userId: r.user_id,
    nodeId: r.node_id,
    node: r.node_id ? { id: r.node_id, identifier: r.node_identifier ?? '', displayName: r.node_name ?? r.node_identifier ?? '' } : null,
    kind: r.kind,
    severity: r.severity,
    state: r.state,
    dedupeKey: r.dedupe_key,
    params: r.params ?? {},
    openedAt: r.opened_at,
    resolvedAt: r.resolved_at,
    acknowledgedAt: r.acknowledged_at,
    mutedAt: r.muted_at,
  };
}

@Injectable()
export class AlertsRepository {
  constructor(private readonly db: Db) {}

  /**
   * Opens the alert unless one with its key is open (the partial unique index decides, so two racing
   * writers open one), or — for one-shot kinds — one was ever raised. Muted when the recipient muted
   * the node. null: deduplicated.
   */
  async insert(a: RaiseAlert, tx: Sql = this.db): Promise<AlertRecord | null> {
    const [row] = await tx.rows<AlertRow>(
      `WITH w AS (
         INSERT INTO alerts (user_id, node_id, kind, severity, dedupe_key, params, opened_at, muted_at)
         SELECT $1, $2, $3, $4, $5, $6::jsonb, COALESCE($7::timestamptz, now()),
                CASE WHEN EXISTS (SELECT 1 FROM node_mutes m WHERE m.user_id = $1 AND m.node_id = $2 AND m.muted_until > now()) THEN now() END
         WHERE $3 = ANY($8::text[]) OR NOT EXISTS (SELECT 1 FROM alerts x WHERE x.user_id = $1 AND x.dedupe_key = $5)
         ON CONFLICT (user_id, dedupe_key) WHERE state = 'OPEN' DO NOTHING
         RETURNING *)
       ${RETURNED}`,
      [a.userId, a.nodeId, a.kind, a.severity, a.dedupeKey, JSON.stringify(a.params), a.occurredAt ?? null, STATEFUL],
    );
    return row ? toAlertRecord(row) : null;
  }

  /** Resolves the open alert with this key; null when none is open. */
  async resolve(userId: string, dedupeKey: string, tx: Sql = this.db): Promise<AlertRecord | null> {
    const [row] = await tx.rows<AlertRow>(
      `WITH w AS (UPDATE alerts SET state = 'RESOLVED', resolved_at = now() WHERE user_id = $1 AND dedupe_key = $2 AND state = 'OPEN' RETURNING *)
       ${RETURNED}`,
      [userId, dedupeKey],
    );
    return row ? toAlertRecord(row) : null;
  }

  /** Acknowledges the user's alert; a one-shot alert is then resolved too (it was only a notice). null: not theirs. */
  async acknowledge(userId: string, id: string, tx: Sql = this.db): Promise<AlertRecord | null> {
    const [row] = await tx.rows<AlertRow>(
      `WITH w AS (
         UPDATE alerts SET acknowledged_at = COALESCE(acknowledged_at, now()),
           state = CASE WHEN kind = ANY($3::text[]) THEN state ELSE 'RESOLVED' END,
           resolved_at = CASE WHEN kind = ANY($3::text[]) THEN resolved_at ELSE COALESCE(resolved_at, now()) END
         WHERE id = $1 AND user_id = $2 RETURNING *)
       ${RETURNED}`,
      [id, userId, STATEFUL],
    );
    return row ? toAlertRecord(row) : null;
  }

  /** Acknowledges every unacknowledged alert of the user; returns how many. */
  async acknowledgeAll(userId: string, tx: Sql = this.db): Promise<number> {
    const rows = await tx.rows(
      `UPDATE alerts SET acknowledged_at = now(),
         state = CASE WHEN kind = ANY($2::text[]) THEN state ELSE 'RESOLVED' END,
         resolved_at = CASE WHEN kind = ANY($2::text[]) THEN resolved_at ELSE COALESCE(resolved_at, now()) END
       WHERE user_id = $1 AND acknowledged_at IS NULL RETURNING 1`,
      [userId, STATEFUL],
    );
    return rows.length;
  }

  async unreadCount(userId: string): Promise<number> {
    const [row] = await this.db.rows<{ n: number }>(`SELECT count(*)::int AS n FROM alerts WHERE user_id = $1 AND acknowledged_at IS NULL`, [userId]);
    return row.n;
  }

  async byId(userId: string, id: string): Promise<AlertRecord | null> {
    const [row] = await this.db.rows<AlertRow>(
      `SELECT ${ALERT_COLUMNS} FROM alerts a LEFT JOIN nodes n ON n.id = a.node_id WHERE a.id = $1 AND a.user_id = $2`,
      [id, userId],
    );
    return row ? toAlertRecord(row) : null;
  }

  /** The user's alerts newest first, in keyset pages over (opened_at, id). */
  async page(userId: string, filter: AlertFilter, first: number, after?: string): Promise<ConnectionResult<AlertRecord>> {
    const [at, id] = after ? decodeCursor(after, 'uuid') : [null, null];
    const where = `a.user_id = $1 AND ($2::text IS NULL OR a.state = $2) AND ($3::uuid IS NULL OR a.node_id = $3)`;
    const rows = await this.db.rows<AlertRow>(
      `SELECT ${ALERT_COLUMNS}, a.opened_at::text AS cursor_at FROM alerts a LEFT JOIN nodes n ON n.id = a.node_id
       WHERE ${where} AND ($4::timestamptz IS NULL OR (a.opened_at, a.id) < ($4::timestamptz, $5::uuid))
       ORDER BY a.opened_at DESC, a.id DESC LIMIT $6`,
      [userId, filter.state ?? null, filter.nodeId ?? null, at, id, first + 1],
    );
    const edges = rows.slice(0, first).map((r) => ({ cursor: encodeCursor(r.cursor_at!, r.id), node: toAlertRecord(r) }));
    const db = this.db;
    return {
      edges,
      nodes: edges.map((e) => e.node),
      get totalCount() {
        return db
          .rows<{ n: number }>(`SELECT count(*)::int AS n FROM alerts a WHERE ${where}`, [userId, filter.state ?? null, filter.nodeId ?? null])
          .then(([r]) => r.n);
      },
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: Boolean(after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  /** Open alerts of these kinds about these nodes, or of system kinds when `nodeIds` is null. */
  async openOf(kinds: readonly AlertKind[], nodeIds: readonly string[] | null): Promise<OpenAlertKey[]> {
    const rows = await this.db.rows<{ user_id: string; node_id: string | null; kind: AlertKind; dedupe_key: string; params: AlertParams }>(
      `SELECT user_id, node_id, kind, dedupe_key, params FROM alerts
       WHERE state = 'OPEN' AND kind = ANY($1::text[]) AND ($2::uuid[] IS NULL OR node_id = ANY($2::uuid[]))`,
      [kinds, nodeIds],
    );
    return rows.map((r) => ({ userId: r.user_id, nodeId: r.node_id, kind: r.kind, dedupeKey: r.dedupe_key, params: r.params }));
  }
}
