// TTL windows as the app's periodic refresh sees them: pg-boss keeps one `refresh` job per slot of
// CACHE_TTL_SECONDS (sendThrottled: `singleton_on` = the slot's start, wall-clock aligned), offered
// every quarter TTL by every replica. Plus what the drill reads per window: the simulator's request
// counters, the pg-boss job rows and each replica's refresh metrics.
import { sql } from '../../lib/database.mjs';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const sleepUntil = (ms) => sleep(Math.max(0, ms - Date.now()));

/** Start (ms) of the next slot boundary at least `leadMs` from now. */
export function nextBoundary(ttlSeconds, leadMs) {
  const ttl = ttlSeconds * 1000;
  return Math.ceil((Date.now() + leadMs) / ttl) * ttl;
}

/** The `refresh` jobs of slots starting in [fromMs, toMs): `{ slot, state, retries, startedMs, completedMs }`. */
export async function refreshJobs(dbUrl, fromMs, toMs) {
  const rows = await sql(
    dbUrl,
    `SELECT extract(epoch FROM singleton_on) * 1000 AS slot, state, retry_count AS retries,
            extract(epoch FROM started_on) * 1000 AS started, extract(epoch FROM completed_on) * 1000 AS completed
       FROM pgboss.job WHERE name = 'refresh' AND singleton_on >= to_timestamp($1 / 1000.0) AT TIME ZONE 'UTC'
        AND singleton_on < to_timestamp($2 / 1000.0) AT TIME ZONE 'UTC' ORDER BY singleton_on`,
    [fromMs, toMs],
  );
  return rows.map((r) => ({
    slot: Number(r.slot),
    state: r.state,
    retries: r.retries,
    startedMs: Number(r.started),
    completedMs: r.completed && Number(r.completed),
  }));
}

/** Waits until the slot's refresh job is completed (or `timeoutMs`); returns its row or undefined. */
export async function slotCompleted(dbUrl, slotMs, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [job] = await refreshJobs(dbUrl, slotMs, slotMs + 1);
    if (job?.state === 'completed' || Date.now() > deadline) return job?.state === 'completed' ? job : undefined;
    await sleep(250);
  }
}

/** Completed refresher runs (refresh_duration_seconds_count{job="nodes"}) and whether one runs now, from /metrics. */
export function parseRefreshMetrics(text) {
  const runs = [...text.matchAll(/^refresh_duration_seconds_count\{[^}]*job="nodes"[^}]*\} (\d+)/gm)].reduce((s, m) => s + Number(m[1]), 0);
  const running = /^periodic_job_running\{job="refresh"\} 1$/m.test(text);
  return { runs, running };
}

/** Runs per replica of one stack: `{ app1: n, … }` (a replica that does not answer: null). */
export async function runsPerReplica(stack) {
  const out = {};
  for (const r of stack.cluster.replicas) {
    out[r.name] = r.running ? parseRefreshMetrics(await stack.cluster.metrics(r)).runs : null;
  }
  return out;
}

/** The simulator's counters: `{ total, routes: { pattern: n } }`. */
export async function simStats(sim) {
  return (await fetch(`${sim.url}/__sim/stats`)).json();
}

export function diffCounts(after, before) {
  const out = {};
  for (const [k, v] of Object.entries(after)) if (v !== null && v - (before[k] ?? 0) !== 0) out[k] = v - (before[k] ?? 0);
  return out;
}

export const sum = (o) => Object.values(o).reduce((s, v) => s + (v ?? 0), 0);
