import { PeekableLoader } from '../../../common/peekable-loader.js';
import { sql } from '../../../database/sql.js';
import type { DataSource } from 'typeorm';

export interface NodeEarningsSums {
  /** GNK with 9 decimals, exact (numeric → text). */
  day: string;
  total: string;
}

/**
 * The node's total for the viewer: the trigger-kept total, or — for an owner who received the node
 * from someone else (`visibleFrom` set) — the sum of their own period only. Only reassigned nodes
 * pay for the sum; `visibleFrom` is a column of the owner's user_nodes row, so no extra round trip.
 */
export function visibleTotal(nodeId: string, totals: string, visibleFrom?: string): string {
  const all = `COALESCE(${totals}.total, 0)`;
  if (!visibleFrom) return all;
  return `CASE WHEN ${visibleFrom} IS NULL THEN ${all} ELSE COALESCE((SELECT sum(h.earnings_gnk) FROM earnings_history h
            WHERE h.node_id = ${nodeId} AND h.date >= (${visibleFrom} AT TIME ZONE 'UTC')::date AND h.settled_at >= ${visibleFrom}), 0) END`;
}

/**
 * `day` and `total` (GNK text, exact) of the node whose id is `nodeId`, given node_earnings_totals
 * joined as `totals` and, for a customer, the start of their period (`visibleFrom`, a column that
 * may be NULL). The day is a short index range per node. Shared by the loader and the node list,
 * which reads them in its own query when they are selected.
 * No `::text`: pg returns numeric as exact text already, and a cast in the select list is evaluated
 * for every row before a list's ORDER BY … LIMIT.
 */
export function earningsColumns(nodeId: string, totals: string, visibleFrom?: string): string {
  const since = visibleFrom ? ` AND (${visibleFrom} IS NULL OR h.settled_at >= ${visibleFrom})` : '';
  return `COALESCE((SELECT sum(h.earnings_gnk) FROM earnings_history h
                    WHERE h.node_id = ${nodeId}
                      AND h.date >= ((now() - interval '24 hours') AT TIME ZONE 'UTC')::date
                      AND h.settled_at > now() - interval '24 hours'${since}), 0) AS day,
          ${visibleTotal(nodeId, totals, visibleFrom)} AS total`;
}

/** Days over which uptime % is computed from the status timeline. */
export const UPTIME_WINDOW_DAYS = 7;

export interface NodeUptime {
  /** HEALTHY share of the observed time in the window, 0..100. */
  percent: number;
  /** Start of the observed time: the first status event, or the window start when older. */
  observedSince: Date;
}

/**
 * Per-request loaders over our own tables, keyed by node id; one SQL query per batch. `ownerId`: the
 * viewer when a customer — their nodes' figures then cover only their ownership period (the join to
 * their user_nodes row finds nothing for admins, who see everything).
 */
export function createNodeMetricsLoaders(db: DataSource, ownerId?: string) {
  const owner = ownerId ?? null;
  return {
    nodeEarnings: new PeekableLoader<string, NodeEarningsSums>(async (ids) => {
      const rows = await sql<{ node_id: string; day: string; total: string }>(
        db,
        `SELECT ids.id AS node_id, ${earningsColumns('ids.id', 't', 'un.visible_from')}
         FROM unnest($1::uuid[]) AS ids(id) LEFT JOIN node_earnings_totals t ON t.node_id = ids.id
         LEFT JOIN user_nodes un ON un.node_id = ids.id AND un.user_id = $2`,
        [ids, owner],
      );
      const byId = new Map(rows.map((r) => [r.node_id, r]));
      return ids.map((id) => ({ day: byId.get(id)?.day ?? '0', total: byId.get(id)?.total ?? '0' }));
    }),
    /** Uptime over the observed part of the window; null before the first observation. */
    nodeUptime: new PeekableLoader<string, NodeUptime | null>(async (ids) => {
      // Each status holds from its event to the next one (or now). Only time with a known status
      // counts: a node watched for one day is judged on that day, not on the 7-day window.
      const rows = await sql<{ node_id: string; uptime: string | null; observed_since: Date }>(
        db,
        `WITH spans AS (
           SELECT e.node_id, new_status,
                  -- GREATEST ignores NULL: no period start (admins, first owners) leaves the window as is.
                  GREATEST(at, now() - make_interval(days => $2), un.visible_from) AS from_at,
                  COALESCE(lead(at) OVER (PARTITION BY e.node_id ORDER BY at, id), now()) AS to_at
           FROM node_status_events e LEFT JOIN user_nodes un ON un.node_id = e.node_id AND un.user_id = $3
           WHERE e.node_id = ANY($1::uuid[])
         )
         SELECT node_id, min(from_at) AS observed_since,
                round(100 * COALESCE(sum(EXTRACT(EPOCH FROM to_at - from_at)) FILTER (WHERE new_status = 'healthy'), 0)
                      / NULLIF(sum(EXTRACT(EPOCH FROM to_at - from_at)), 0), 2)::text AS uptime
         FROM spans WHERE to_at > from_at AND new_status <> 'unknown' GROUP BY node_id`,
        [ids, UPTIME_WINDOW_DAYS, owner],
      );
      const byId = new Map(rows.map((r) => [r.node_id, r]));
      return ids.map((id) => {
        const row = byId.get(id);
        if (!row || row.uptime === null) return null;
        return { percent: Number(row.uptime), observedSince: new Date(row.observed_since) };
      });
    }),
  };
}

export type NodeMetricsLoaders = ReturnType<typeof createNodeMetricsLoaders>;
