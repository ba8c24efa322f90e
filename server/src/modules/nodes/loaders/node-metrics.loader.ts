import { PeekableLoader } from '../../../common/peekable-loader.js';
import type { NodeMetricsRepository } from '../node-metrics.repository.js';

export interface NodeEarningsSums {
  /** GNK with 9 decimals, exact (numeric → text). */
  day: string;
  total: string;
}

/** The same sums per settlement day (UTC, YYYY-MM-DD), oldest first: what their fiat values are summed from. */
export interface NodeEarningsByDay {
  day: { day: string; gnk: string }[];
  total: { day: string; gnk: string }[];
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
export function createNodeMetricsLoaders(metrics: NodeMetricsRepository, ownerId?: string) {
  const owner = ownerId ?? null;
  return {
    nodeEarnings: new PeekableLoader<string, NodeEarningsSums>(async (ids) => {
      const byId = new Map((await metrics.earnings(ids, owner)).map((r) => [r.node_id, r]));
      return ids.map((id) => ({ day: byId.get(id)?.day ?? '0', total: byId.get(id)?.total ?? '0' }));
    }),
    nodeEarningsByDay: new PeekableLoader<string, NodeEarningsByDay>(async (ids) => {
      const byId = new Map<string, NodeEarningsByDay>(ids.map((id) => [id, { day: [], total: [] }]));
      for (const r of await metrics.earningsByDay(ids, owner)) {
        const sums = byId.get(r.node_id);
        if (!sums) continue;
        sums.total.push({ day: r.day, gnk: r.total });
        if (r.last_day !== null) sums.day.push({ day: r.day, gnk: r.last_day });
      }
      return ids.map((id) => byId.get(id) as NodeEarningsByDay);
    }),
    /** Uptime over the observed part of the window; null before the first observation. */
    nodeUptime: new PeekableLoader<string, NodeUptime | null>(async (ids) => {
      const byId = new Map((await metrics.uptime(ids, UPTIME_WINDOW_DAYS, owner)).map((r) => [r.node_id, r]));
      return ids.map((id) => {
        const row = byId.get(id);
        if (!row || row.uptime === null) return null;
        return { percent: Number(row.uptime), observedSince: new Date(row.observed_since) };
      });
    }),
  };
}

export type NodeMetricsLoaders = ReturnType<typeof createNodeMetricsLoaders>;
