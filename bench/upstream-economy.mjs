// Upstream economy: how many calls the portal makes to the Gonka network (counted by the
// simulator's /__sim/stats), next to what a naive per-node client would make. See bench/README.md.
import { diffRoutes, header, pool, run, table } from './lib/report.mjs';
import { printSimulatedHours, simulatedHour } from './economy/simulated-hour.mjs';
import { BIG, CUSTOMERS, DASHBOARD, NODES_PER_CUSTOMER, QUERIES, failureOf, sum } from './economy/shared.mjs';
import { stopEmbedded } from './lib/database.mjs';
import { seedCustomers } from './lib/seed.mjs';
import { simApi, upstreamAttempts, withStack } from './lib/stack.mjs';
import { testing } from './lib/surface.mjs';

const { CacheService } = testing();
const { VIEW_KEY, HARDWARE_KEY } = testing();

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
      {
        route: 'TOTAL',
        calls: sum(routes),
        'naive (per node)': distinctNodes * rows.length,
        'naive (per query × node)': QUERIES * NODES_PER_CUSTOMER * rows.length,
      },
    ]);
    return failed === 0 && !r.errors;
  });
}

async function main() {
  header('upstream economy');
  const okA = await requestPath();
  const small = await simulatedHour(100);
  const big = await simulatedHour(BIG);
  printSimulatedHours(small, big);
  if (!okA) console.log('note: some (a)/(b) queries returned errors (see tables)');
  return 0;
}

run(main, stopEmbedded);
