import { PeekableLoader } from '../../common/peekable-loader.js';
import { sql } from '../../database/sql.js';
import type { DataSource } from 'typeorm';

export interface NodeEarningsSums {
  /** GNK with 9 decimals, exact (numeric → text). */
  day: string;
  total: string;
}

/**
 * `day` and `total` (GNK text, exact) of the node whose id is `nodeId`, given node_earnings_totals
 * joined as `totals`. The total is kept by triggers; the day is a short index range per node.
 * Shared by the loader and the node list, which reads them in its own query when they are selected.
 * No `::text`: pg returns numeric as exact text already, and a cast in the select list is evaluated
 * for every row before a list's ORDER BY … LIMIT.
 */
export function earningsColumns(nodeId: string, totals: string): string {
  return `COALESCE((SELECT sum(h.earnings_gnk) FROM earnings_history h
                    WHERE h.node_id = ${nodeId}
                      AND h.date >= ((now() - interval '24 hours') AT TIME ZONE 'UTC')::date
                      AND h.settled_at > now() - interval '24 hours'), 0) AS day,
          COALESCE(${totals}.total, 0) AS total`;
}

/** Days over which uptime % is computed from the status timeline. */
export const UPTIME_WINDOW_DAYS = 7;

export interface NodeUptime {
  /** HEALTHY share of the observed time in the window, 0..100. */
  percent: number;
  /** Start of the observed time: the first status event, or the window start when older. */
  observedSince: Date;
}

/** Per-request loaders over our own tables, keyed by node id; one SQL query per batch. */
export function createNodeMetricsLoaders(db: DataSource) {
  return {
    nodeEarnings: new PeekableLoader<string, NodeEarningsSums>(async (ids) => {
      const rows = await sql<{ node_id: string; day: string; total: string }>(
        db,
        `SELECT ids.id AS node_id, ${earningsColumns('ids.id', 't')}
         FROM unnest($1::uuid[]) AS ids(id) LEFT JOIN node_earnings_totals t ON t.node_id = ids.id`,
        [ids],
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
           SELECT node_id, new_status,
                  GREATEST(at, now() - make_interval(days => $2)) AS from_at,
                  COALESCE(lead(at) OVER (PARTITION BY node_id ORDER BY at, id), now()) AS to_at
           FROM node_status_events WHERE node_id = ANY($1::uuid[])
         )
         SELECT node_id, min(from_at) AS observed_since,
                round(100 * COALESCE(sum(EXTRACT(EPOCH FROM to_at - from_at)) FILTER (WHERE new_status = 'healthy'), 0)
                      / NULLIF(sum(EXTRACT(EPOCH FROM to_at - from_at)), 0), 2)::text AS uptime
         FROM spans WHERE to_at > from_at AND new_status <> 'unknown' GROUP BY node_id`,
        [ids, UPTIME_WINDOW_DAYS],
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
