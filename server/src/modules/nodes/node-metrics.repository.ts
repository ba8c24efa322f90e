/**
 * Per-node figures computed from our tables for the per-request loaders (loaders/node-metrics.loader.ts):
 * earnings day/total and uptime over node_status_events (also per epoch, for the metrics history). Raw SQL through `Db` (database/db.ts):
 * named prepared statements, since these run on every node table.
 * Read-joins: `earnings_history` and `node_earnings_totals` (the earnings domain's) for the earnings
 * figures, also joined by the node list (node-list.repository.ts) through `earningsColumns`;
 * `user_nodes` for the viewer's ownership period.
 */
import { Injectable } from '@nestjs/common';
import { Db } from '../../database/db.js';
import { NodeStatus } from '../../network/node-status.js';
import { storedStatus } from './node-status.repository.js';

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

const EARNINGS = `SELECT ids.id AS node_id, ${earningsColumns('ids.id', 't', 'un.visible_from')}
         FROM unnest($1::uuid[]) AS ids(id) LEFT JOIN node_earnings_totals t ON t.node_id = ids.id
         LEFT JOIN user_nodes un ON un.node_id = ids.id AND un.user_id = $2`;

// The same figures per settlement day (earnings_history.date, the UTC day of settled_at), for their
// values at each day's price: summed, the days give exactly `day` and `total` of EARNINGS above.
const EARNINGS_BY_DAY = `SELECT h.node_id, h.date::text AS day,
           sum(h.earnings_gnk) FILTER (WHERE h.date >= ((now() - interval '24 hours') AT TIME ZONE 'UTC')::date
                                         AND h.settled_at > now() - interval '24 hours')::text AS last_day,
           sum(h.earnings_gnk)::text AS total
         FROM earnings_history h LEFT JOIN user_nodes un ON un.node_id = h.node_id AND un.user_id = $2
         WHERE h.node_id = ANY($1::uuid[])
           AND (un.visible_from IS NULL OR (h.date >= (un.visible_from AT TIME ZONE 'UTC')::date AND h.settled_at >= un.visible_from))
         GROUP BY h.node_id, h.date ORDER BY h.node_id, h.date`;

// Each status holds from its event to the next one (or now). Only time with a known status
// counts: a node watched for one day is judged on that day, not on the whole window.
const UPTIME = `WITH spans AS (
           SELECT e.node_id, new_status,
                  -- GREATEST ignores NULL: no period start (admins, first owners) leaves the window as is.
                  GREATEST(at, now() - make_interval(days => $2), un.visible_from) AS from_at,
                  COALESCE(lead(at) OVER (PARTITION BY e.node_id ORDER BY at, id), now()) AS to_at
           FROM node_status_events e LEFT JOIN user_nodes un ON un.node_id = e.node_id AND un.user_id = $3
           WHERE e.node_id = ANY($1::uuid[])
         )
         SELECT node_id, min(from_at) AS observed_since,
                round(100 * COALESCE(sum(EXTRACT(EPOCH FROM to_at - from_at)) FILTER (WHERE new_status = '${storedStatus(NodeStatus.HEALTHY)}'), 0)
                      / NULLIF(sum(EXTRACT(EPOCH FROM to_at - from_at)), 0), 2)::text AS uptime
         FROM spans WHERE to_at > from_at AND new_status <> '${storedStatus(NodeStatus.UNKNOWN)}' GROUP BY node_id`;

// The same rule per window (one per epoch): spans start from the last event before the first window,
// so the status a window opens with is known; a window without an observed status gets no row.
const UPTIME_WINDOWS = `WITH w AS (SELECT * FROM unnest($2::int[], $3::timestamptz[], $4::timestamptz[]) AS w(epoch, from_at, to_at)),
         spans AS (
           SELECT new_status, at AS s_from, COALESCE(lead(at) OVER (ORDER BY at, id), now()) AS s_to
           FROM node_status_events
           WHERE node_id = $1 AND at >= COALESCE((SELECT max(at) FROM node_status_events WHERE node_id = $1 AND at <= (SELECT min(from_at) FROM w)), '-infinity')
         ),
         overlap AS (
           SELECT w.epoch, s.new_status, EXTRACT(EPOCH FROM LEAST(s.s_to, w.to_at) - GREATEST(s.s_from, w.from_at)) AS secs
           FROM w JOIN spans s ON s.s_from < w.to_at AND s.s_to > w.from_at
         )
         SELECT epoch, round(100 * COALESCE(sum(secs) FILTER (WHERE new_status = '${storedStatus(NodeStatus.HEALTHY)}'), 0) / NULLIF(sum(secs), 0), 2)::float8 AS uptime
         FROM overlap GROUP BY epoch`;

@Injectable()
export class NodeMetricsRepository {
  constructor(private readonly db: Db) {}

  /** Earnings of the last 24 hours and in all, per node; `ownerId` (a customer) limits them to their period. */
  earnings(nodeIds: readonly string[], ownerId: string | null): Promise<{ node_id: string; day: string; total: string }[]> {
    return this.db.rows(EARNINGS, [nodeIds, ownerId]);
  }

  /** Per node and settlement day: GNK of the last 24 hours (null: none) and in all, as `earnings` limits them. */
  earningsByDay(nodeIds: readonly string[], ownerId: string | null): Promise<{ node_id: string; day: string; last_day: string | null; total: string }[]> {
    return this.db.rows(EARNINGS_BY_DAY, [nodeIds, ownerId]);
  }

  /** HEALTHY share (percent, text; null: no observed time) of the last `days` days, per observed node. */
  uptime(nodeIds: readonly string[], days: number, ownerId: string | null): Promise<{ node_id: string; uptime: string | null; observed_since: Date }[]> {
    return this.db.rows(UPTIME, [nodeIds, days, ownerId]);
  }

  /** One node's HEALTHY share (percent) in each epoch window; epochs with no observed time are absent. */
  async uptimeByEpoch(nodeId: string, windows: readonly { epoch: number; from: Date; to: Date }[]): Promise<Map<number, number | null>> {
    if (windows.length === 0) return new Map();
    const rows = await this.db.rows<{ epoch: number; uptime: number | null }>(UPTIME_WINDOWS, [
      nodeId,
      windows.map((w) => w.epoch),
      windows.map((w) => w.from),
      windows.map((w) => w.to),
    ]);
    return new Map(rows.map((r) => [r.epoch, r.uptime]));
  }
}
