// Upstream economy (bench/upstream-economy.mjs): the sizes and the dashboard query both of its parts use.
import { SMOKE } from '../lib/report.mjs';

export const CUSTOMERS = SMOKE ? 10 : 100;
export const QUERIES = SMOKE ? 100 : 1000;
export const NODES_PER_CUSTOMER = 10;
export const BIG = SMOKE ? 1000 : 10_000;
export const SIMULATED_MS = SMOKE ? 12 * 60_000 : 3_600_000; // (c): one hour of simulated time (smoke: 12 minutes)

export const DASHBOARD = `{
  dashboard { activeNodes totalNodes totalGpus earningsMonth pendingRequests }
  myNodes(first: ${NODES_PER_CUSTOMER}) { nodes { identifier displayName status tokensPerSec earningsDay gpuType statsStale } }
}`;
export const sum = (o) => Object.values(o).reduce((s, n) => s + n, 0);

/** Why a request failed: `transport` (no HTTP answer), `http` (a non-200) or `graphql` (errors in the body). */
export function failureOf(r) {
  if (r.thrown) return ['transport', `${r.thrown.name}${r.thrown.cause?.code ? ` ${r.thrown.cause.code}` : ''}`];
  if (r.status !== 200) return ['http', `HTTP ${r.status}`];
  if (r.errors) return ['graphql', r.errors.map((e) => e.extensions?.code).join('+')];
  return null;
}
