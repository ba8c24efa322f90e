// Upstream economy: how many calls the portal makes to the Gonka network (counted by the
// simulator's /__sim/stats), next to what a naive per-node client would make. See bench/README.md.
import { SMOKE, diffRoutes, header, pool, run, table } from './lib/report.mjs';
import { dist, seedCustomers, simApi, stopEmbedded, withStack } from './lib/stack.mjs';

const { CacheService } = dist('cache/cache.service.js');
const { VIEW_KEY, HARDWARE_KEY } = dist('modules/gonka/network-view.service.js');
const { RefresherService } = dist('modules/gonka/refresher.service.js');

const CUSTOMERS = SMOKE ? 10 : 100;
const QUERIES = SMOKE ? 100 : 1000;
const NODES_PER_CUSTOMER = 10;
const CYCLES = SMOKE ? 2 : 10;
const BIG = SMOKE ? 1000 : 10_000;

const DASHBOARD = `{
  dashboard { activeNodes totalNodes totalGpus earningsMonth pendingRequests }
  myNodes(first: ${NODES_PER_CUSTOMER}) { nodes { identifier displayName status tokensPerSec earningsDay gpuType statsStale } }
}`;
const NAMES_ONLY = `{ myNodes(first: 50) { nodes { identifier displayName } } }`;

async function coldCache(stack) {
  const cache = stack.get(CacheService);
  await cache.delete(VIEW_KEY);
  await cache.delete(HARDWARE_KEY);
  await simApi(stack.sim).reset();
}

/** (a) many concurrent cold dashboard queries, (b) a query that needs no live data. */
async function requestPath() {
  return withStack({ SIMULATOR_PARTICIPANTS: String(CUSTOMERS * NODES_PER_CUSTOMER + 50) }, async (stack) => {
    const sim = simApi(stack.sim);
    const addrs = stack.sim.addresses();
    const users = await seedCustomers(stack.dbUrl, { users: CUSTOMERS, perUser: NODES_PER_CUSTOMER, identifiers: addrs.slice(50) });
    const tokens = users.map((u) => stack.token(u));
    const [fifty] = await seedCustomers(stack.dbUrl, { users: 1, perUser: 50, identifiers: addrs.slice(0, 50), prefix: 'fifty' }); // a node has one owner
    await coldCache(stack);
    const r = await stack.gql(NAMES_ONLY, undefined, stack.token(fifty));
    const calls = (await sim.stats()).total;
    table('(b) `myNodes(first: 50) { nodes { identifier displayName } }` on a cold cache', [
      { nodes: r.data?.myNodes?.nodes?.length ?? 0, 'upstream calls': calls, target: 0, 'naive (per node)': 50, errors: r.errors ? r.errors.length : 0 },
    ]);
    await coldCache(stack);
    const started = Date.now();
    const results = await pool(QUERIES, QUERIES, (i) => stack.gql(DASHBOARD, undefined, tokens[i % tokens.length], 180_000));
    const ms = Date.now() - started;
    const failed = results.filter((r) => r.thrown || r.status !== 200 || r.errors).length;
    const why = {};
    for (const r of results) {
      const k = r.thrown ? `${r.thrown.name}${r.thrown.cause?.code ? ' ' + r.thrown.cause.code : ''}` : r.errors ? r.errors.map((e) => e.extensions?.code).join('+') : r.status !== 200 ? `HTTP ${r.status}` : null;
      if (k) why[k] = (why[k] ?? 0) + 1;
    }
    const lat = `${(QUERIES / (ms / 1000)).toFixed(0)} queries/s`;
    const routes = diffRoutes((await sim.stats()).routes);
    const ttl = stack.config.env.CACHE_TTL_SECONDS;
    const windows = Math.max(1, Math.ceil(ms / 1000 / ttl));
    const distinctNodes = CUSTOMERS * NODES_PER_CUSTOMER;
    table(`(a) ${QUERIES} concurrent cold dashboard queries from ${CUSTOMERS} customers × ${NODES_PER_CUSTOMER} nodes (${ms} ms, ${lat}, ${windows} TTL window of ${ttl} s, ${failed} failed${failed ? ' ' + JSON.stringify(why) : ''})`,
      [
        ...Object.entries(routes).map(([route, calls]) => ({ route, calls, 'per TTL window': calls / windows, target: '≤ 1', 'naive (per node)': distinctNodes, 'naive (per query × node)': QUERIES * NODES_PER_CUSTOMER })),
        { route: 'TOTAL', calls: Object.values(routes).reduce((s, n) => s + n, 0), 'naive (per node)': distinctNodes * Object.keys(routes).length, 'naive (per query × node)': QUERIES * NODES_PER_CUSTOMER * Object.keys(routes).length },
      ]);

    return failed === 0 && !r.errors;
  });
}

/** (c) refresh cycles (an epoch settled between each) with `tracked` of `BIG` network nodes tracked. */
async function refreshCycles(tracked) {
  return withStack({ SIMULATOR_PARTICIPANTS: String(BIG) }, async (stack) => {
    const sim = simApi(stack.sim);
    const perUser = Math.min(100, tracked);
    await seedCustomers(stack.dbUrl, { users: Math.ceil(tracked / perUser), perUser, identifiers: stack.sim.addresses().slice(0, tracked) });
    const refresher = stack.get(RefresherService);
    await sim.reset();
    const first = await refresher.refreshNow();
    const afterFirst = (await sim.stats()).routes;
    const started = Date.now();
    let errors = first.ok ? 0 : 1;
    for (let i = 0; i < CYCLES; i++) {
      stack.sim.advanceEpoch();
      const rep = await refresher.refreshNow();
      if (!rep.ok || rep.error) errors++;
    }
    const steady = diffRoutes((await sim.stats()).routes, afterFirst);
    const steadyTotal = Object.values(steady).reduce((s, n) => s + n, 0);
    return {
      tracked,
      first: Object.values(afterFirst).reduce((s, n) => s + n, 0),
      perRefresh: steadyTotal / CYCLES,
      routes: Object.keys(steady).length,
      msPerRefresh: (Date.now() - started) / CYCLES,
      errors,
      steady,
    };
  });
}

async function main() {
  header('upstream economy');
  const okA = await requestPath();
  const small = await refreshCycles(100);
  const big = await refreshCycles(BIG);
  const routes = [...new Set([...Object.keys(small.steady), ...Object.keys(big.steady)])].sort();
  table(`(c) calls per route per refresh, ${CYCLES} refreshes with an epoch settled before each, network of ${BIG} nodes`,
    routes.map((route) => ({ route, 'tracked 100': (small.steady[route] ?? 0) / CYCLES, [`tracked ${BIG}`]: (big.steady[route] ?? 0) / CYCLES })));
  table('(c) summary', [small, big].map((r) => ({
    tracked: r.tracked,
    'first refresh (calls)': r.first,
    'calls per refresh': r.perRefresh,
    [`ratio to tracked 100`]: r.perRefresh / small.perRefresh,
    'naive per refresh (tracked × routes)': r.tracked * r.routes,
    'ms per refresh': Math.round(r.msPerRefresh),
    'failed refreshes': r.errors,
  })));
  if (!okA) console.log('note: some (a)/(b) queries returned errors (see tables)');
  return 0;
}

run(main, stopEmbedded);
