// Upstream economy: how many calls the portal makes to the Gonka network (counted by the
// simulator's /__sim/stats), next to what a naive per-node client would make. See bench/README.md.
import { SMOKE, diffRoutes, header, pool, run, table } from './lib/report.mjs';
import { testing, seedCustomers, simApi, stopEmbedded, upstreamAttempts, withStack } from './lib/stack.mjs';

const { CacheService } = testing();
const { VIEW_KEY, HARDWARE_KEY } = testing();
const { RefresherService } = testing();
const { CachedResourceService } = testing();
const { EARNINGS_BACKFILL_EPOCHS } = testing();

const CUSTOMERS = SMOKE ? 10 : 100;
const QUERIES = SMOKE ? 100 : 1000;
const NODES_PER_CUSTOMER = 10;
const BIG = SMOKE ? 1000 : 10_000;
const SIMULATED_MS = SMOKE ? 12 * 60_000 : 3_600_000; // (c): one hour of simulated time (smoke: 12 minutes)

const DASHBOARD = `{
  dashboard { activeNodes totalNodes totalGpus earningsMonth pendingRequests }
  myNodes(first: ${NODES_PER_CUSTOMER}) { nodes { identifier displayName status tokensPerSec earningsDay gpuType statsStale } }
}`;
const NAMES_ONLY = `{ myNodes(first: 50) { nodes { identifier displayName } } }`;
const sum = (o) => Object.values(o).reduce((s, n) => s + n, 0);

async function coldCache(stack) {
  const cache = stack.get(CacheService);
  await cache.delete(VIEW_KEY);
  await cache.delete(HARDWARE_KEY);
  await simApi(stack.sim).reset();
}

/** Why a request failed: `transport` (no HTTP answer), `http` (a non-200) or `graphql` (errors in the body). */
function failureOf(r) {
  if (r.thrown) return ['transport', `${r.thrown.name}${r.thrown.cause?.code ? ` ${r.thrown.cause.code}` : ''}`];
  if (r.status !== 200) return ['http', `HTTP ${r.status}`];
  if (r.errors) return ['graphql', r.errors.map((e) => e.extensions?.code).join('+')];
  return null;
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
    const outcomesBefore = await upstreamAttempts(stack.url);
    const started = Date.now();
    const results = await pool(QUERIES, QUERIES, (i) => stack.gql(DASHBOARD, undefined, tokens[i % tokens.length], 180_000));
    const ms = Date.now() - started;
    const kinds = { transport: 0, http: 0, graphql: 0 };
    const why = {};
    for (const res of results) {
      const f = failureOf(res);
      if (!f) continue;
      kinds[f[0]]++;
      why[f[1]] = (why[f[1]] ?? 0) + 1;
    }
    const failed = kinds.transport + kinds.http + kinds.graphql;
    const routes = diffRoutes((await sim.stats()).routes);
    const pages = await sim.pages();
    const attempts = diffRoutes(await upstreamAttempts(stack.url), outcomesBefore);
    const ttl = stack.config.env.CACHE_TTL_SECONDS;
    const windows = Math.max(1, Math.ceil(ms / 1000 / ttl));
    const distinctNodes = CUSTOMERS * NODES_PER_CUSTOMER;
    const rows = Object.entries(routes).map(([route, n]) => {
      // A paginated list read once is one call per page: count each page's calls, not the route's.
      const byPage = pages[route] ?? { '': n };
      const perPage = Math.max(...Object.values(byPage));
      return {
        route,
        calls: n,
        pages: Object.keys(byPage).length,
        'max calls of one page': perPage,
        'per page per TTL window': perPage / windows,
        target: '≤ 1',
        'naive (per node)': distinctNodes,
        'naive (per query × node)': QUERIES * NODES_PER_CUSTOMER,
      };
    });
    const title =
      `(a) ${QUERIES} concurrent cold dashboard queries from ${CUSTOMERS} customers × ${NODES_PER_CUSTOMER} nodes, ` +
      `network of ${CUSTOMERS * NODES_PER_CUSTOMER + 50} nodes (${ms} ms, ${(QUERIES / (ms / 1000)).toFixed(0)} queries/s, ` +
      `${windows} TTL window of ${ttl} s; failed ${failed}: transport ${kinds.transport}, HTTP ${kinds.http}, GraphQL ${kinds.graphql}` +
      `${failed ? ` ${JSON.stringify(why)}` : ''}; app's upstream attempts by outcome ${JSON.stringify(attempts)})`;
    table(title, [
      ...rows,
      { route: 'TOTAL', calls: sum(routes), 'naive (per node)': distinctNodes * rows.length, 'naive (per query × node)': QUERIES * NODES_PER_CUSTOMER * rows.length },
    ]);
    return failed === 0 && !r.errors;
  });
}

/**
 * Moves the app's cached entries back by one TTL, as if that much time had passed for the app too
 * (the simulator's clock is moved by the same amount). Entries that never expire (settled epochs'
 * summaries) stay fresh whatever their age.
 */
async function ageCache(cache, ttlMs, epoch) {
  const keys = [VIEW_KEY, HARDWARE_KEY];
  for (let e = epoch - EARNINGS_BACKFILL_EPOCHS - 1; e <= epoch; e++) keys.push(`gonka:summary:${e}`);
  for (const key of keys) {
    const entry = await cache.get(key);
    if (entry) await cache.set(key, entry.value, undefined, Math.min(entry.storedAt, Date.now() - ttlMs - 1));
  }
}

/** Waits until the simulator has seen no new request for a while (background refreshes done). */
async function settle(sim) {
  let last = -1;
  for (let i = 0; i < 50; i++) {
    const total = (await sim.stats()).total;
    if (total === last) return;
    last = total;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * (c) One simulated hour in a `BIG`-node network with `tracked` nodes tracked. The simulator's clock
 * is paused (wall time spent by the bench does not count), then: a first refresh (back-fill), and
 * every TTL of simulated time: the clock moves one TTL (epochs end and settle on their own 3-minute
 * schedule), the app's cache ages one TTL, the refresher runs, and one customer loads the dashboard;
 * background refreshes started by stale reads finish before the next step.
 */
async function simulatedHour(tracked) {
  return withStack({ SIMULATOR_PARTICIPANTS: String(BIG) }, async (stack) => {
    const sim = simApi(stack.sim);
        const perUser = Math.min(100, tracked);
    const users = await seedCustomers(stack.dbUrl, { users: Math.ceil(tracked / perUser), perUser, identifiers: stack.sim.addresses().slice(0, tracked) });
    const tokens = users.map((u) => stack.token(u));
    const refresher = stack.get(RefresherService);
    const cache = stack.get(CacheService);
    const resources = stack.get(CachedResourceService);
    const ttlMs = stack.config.env.CACHE_TTL_SECONDS * 1000;
    const steps = Math.round(SIMULATED_MS / ttlMs);
    stack.sim.pauseClock(true);
    await sim.reset();
    const first = await refresher.refreshNow();
    await resources.settled();
    await settle(sim);
    const afterFirst = (await sim.stats()).routes;
    const outcomesAfterFirst = await upstreamAttempts(stack.url);
    const startEpoch = (await sim.clock()).epoch;
    let failed = first.ok && !first.error ? 0 : 1;
    let queryErrors = 0;
    let refreshMs = 0;
    for (let i = 0; i < steps; i++) {
      stack.sim.advanceTime(ttlMs);
      await ageCache(cache, ttlMs, (await sim.clock()).epoch);
      const t0 = Date.now();
      const rep = await refresher.refreshNow();
      refreshMs += Date.now() - t0;
      if (!rep.ok || rep.error) failed++;
      const q = await stack.gql(DASHBOARD, undefined, tokens[i % tokens.length]);
      if (failureOf(q)) queryErrors++;
      // Background refreshes this step started (stale reads) finish within this TTL, as they would.
      await resources.settled();
    }
    await settle(sim);
    const hour = diffRoutes((await sim.stats()).routes, afterFirst);
    return {
      tracked,
      steps,
      epochs: (await sim.clock()).epoch - startEpoch,
      first: sum(afterFirst),
      total: sum(hour),
      hour,
      pages: await sim.pages(),
      outcomes: diffRoutes(await upstreamAttempts(stack.url), outcomesAfterFirst),
      msPerRefresh: refreshMs / steps,
      failed,
      queryErrors,
    };
  });
}

async function main() {
  header('upstream economy');
  const okA = await requestPath();
  const small = await simulatedHour(100);
  const big = await simulatedHour(BIG);
  const routes = [...new Set([...Object.keys(small.hour), ...Object.keys(big.hour)])].sort();
  const minutes = SIMULATED_MS / 60_000;
  const label = (r) => `tracked ${r.tracked}`;
  table(
    `(c) calls per route in ${minutes} simulated minutes (${big.steps} refreshes, one every TTL of simulated time, ` +
      `each followed by one dashboard query; ${big.epochs} epochs ended), network of ${BIG} nodes; first refresh (back-fill) excluded`,
    routes.map((route) => ({
      route,
      'pages per read': Object.keys(big.pages[route] ?? { '': 1 }).length,
      [label(small)]: small.hour[route] ?? 0,
      [label(big)]: big.hour[route] ?? 0,
      ratio: (big.hour[route] ?? 0) / (small.hour[route] || 1),
      [`naive per node (${label(small)})`]: small.steps * small.tracked,
      [`naive per node (${label(big)})`]: big.steps * big.tracked,
    })),
  );
  table(`(c) summary: ${minutes} simulated minutes, network of ${BIG} nodes`, [small, big].map((r) => ({
    tracked: r.tracked,
    refreshes: r.steps,
    'epochs ended': r.epochs,
    [`calls in ${minutes} min`]: r.total,
    'calls per refresh': r.total / r.steps,
    'ratio to tracked 100': r.total / small.total,
    target: 1,
    'naive per node (refreshes × tracked × routes)': r.steps * r.tracked * routes.length,
    'first refresh (calls)': r.first,
    'ms per refresh': Math.round(r.msPerRefresh),
    'failed refreshes': r.failed,
    'failed queries': r.queryErrors,
    "app's upstream attempts by outcome": JSON.stringify(r.outcomes),
  })));
  if (!okA) console.log('note: some (a)/(b) queries returned errors (see tables)');
  return 0;
}

run(main, stopEmbedded);
