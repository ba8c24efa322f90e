// Scale: 100k nodes and 10k users seeded with SQL; page times of admin `nodes(first: 100)` (first
// page and a deep cursor) and `myNodes(first: 100)` of a customer with 1,000 nodes, as ratios to a
// trivial query timed in the same run; process RSS after refreshing 10k tracked nodes. See README.md.
import { SMOKE, header, percentile, run, table } from './lib/report.mjs';
import { dist, seedCustomers, sql, stopEmbedded, withStack } from './lib/stack.mjs';

const { RefresherService } = dist('modules/gonka/refresher.service.js');

const NODES = SMOKE ? 5_000 : 100_000;
const USERS = SMOKE ? 500 : 10_000;
const TRACKED = SMOKE ? 1_000 : 10_000;
const BIG_CUSTOMER = SMOKE ? 200 : 1_000;
const SAMPLES = SMOKE ? 5 : 30;
const FIELDS = 'totalCount pageInfo { hasNextPage endCursor } nodes { id identifier displayName status tokensPerSec earningsTotal }';

async function timed(stack, query, variables, token) {
  const ms = [];
  let last;
  for (let i = 0; i < SAMPLES + 2; i++) {
    const t = performance.now();
    last = await stack.gql(query, variables, token);
    if (i >= 2) ms.push(performance.now() - t); // two warm-up calls
  }
  if (last.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(last.errors).slice(0, 300)}`);
  ms.sort((a, b) => a - b);
  return { 'p50 ms': percentile(ms, 50), 'p90 ms': percentile(ms, 90), rows: Object.values(last.data)[0]?.nodes?.length };
}

async function main() {
  header('scale');
  return withStack({ SIMULATOR_PARTICIPANTS: String(TRACKED) }, async (stack) => {
    const addrs = stack.sim.addresses();
    let t = Date.now();
    // The big customer owns BIG_CUSTOMER network nodes; the rest of the TRACKED go one per user.
    const [big] = await seedCustomers(stack.dbUrl, { users: 1, perUser: BIG_CUSTOMER, identifiers: addrs.slice(0, BIG_CUSTOMER), prefix: 'big' });
    await seedCustomers(stack.dbUrl, { users: TRACKED - BIG_CUSTOMER, perUser: 1, identifiers: addrs.slice(BIG_CUSTOMER, TRACKED) });
    await sql(stack.dbUrl, `INSERT INTO users (email, password_hash) SELECT 'idle' || i || '@bench.test', 'x' FROM generate_series(1, $1) i`, [Math.max(0, USERS - TRACKED + BIG_CUSTOMER - 1)]);
    await sql(stack.dbUrl, `INSERT INTO nodes (identifier, identifier_type, display_name, created_at)
      SELECT 'gonka1bench' || lpad(i::text, 8, '0'), 'wallet', 'spare-' || i, now() - i * interval '1 second' FROM generate_series(1, $1) i`, [NODES - TRACKED]);
    await sql(stack.dbUrl, 'ANALYZE');
    const counts = (await sql(stack.dbUrl, `SELECT (SELECT count(*) FROM nodes) n, (SELECT count(*) FROM users) u, (SELECT count(*) FROM user_nodes) l`))[0];
    const seedMs = Date.now() - t;
    const [{ id: adminId }] = await sql(stack.dbUrl, `INSERT INTO users (email, password_hash, role) VALUES ('scale-admin@bench.test', 'x', 'admin') RETURNING id`);
    const admin = stack.token({ id: adminId, email: 'scale-admin@bench.test', role: 'admin' });
    const customer = stack.token(big);

    const rss0 = process.memoryUsage().rss;
    t = Date.now();
    stack.sim.advanceEpoch();
    const rep = await stack.get(RefresherService).refreshNow();
    const refreshMs = Date.now() - t;
    const rss1 = process.memoryUsage().rss;

    // Deep cursor: node lists use offset cursors (base64url of `o:<offset>`); one in the middle.
    const deep = Buffer.from(`o:${Math.floor(NODES / 2)}`).toString('base64url');
    const baseline = await timed(stack, '{ serverInfo { name } }');
    const rows = [
      { query: 'baseline: { serverInfo { name } }', ...baseline },
      { query: 'admin nodes(first: 100), first page', ...(await timed(stack, `{ nodes(first: 100) { ${FIELDS} } }`, undefined, admin)) },
      { query: `admin nodes(first: 100, after: cursor at ${NODES / 2})`, ...(await timed(stack, `query ($a: String) { nodes(first: 100, after: $a) { ${FIELDS} } }`, { a: deep }, admin)) },
      { query: `myNodes(first: 100) of a ${BIG_CUSTOMER}-node customer`, ...(await timed(stack, `{ myNodes(first: 100) { ${FIELDS} } }`, undefined, customer)) },
      { query: `myNodes(first: 100, orderBy EARNINGS_TOTAL DESC)`, ...(await timed(stack, `{ myNodes(first: 100, orderBy: { field: EARNINGS_TOTAL, direction: DESC }) { ${FIELDS} } }`, undefined, customer)) },
    ];
    for (const r of rows) r['ratio to baseline (p50)'] = r['p50 ms'] / baseline['p50 ms'];
    table(`page times, ${counts.n} nodes / ${counts.u} users / ${counts.l} links (seeded in ${seedMs} ms), ${SAMPLES} sequential calls each over loopback (target ≤ 20 ms server time)`, rows);
    table(`memory: refresh of ${rep.tracked} tracked nodes in a ${TRACKED}-node network (${refreshMs} ms, ok: ${rep.ok}${rep.error ? `, ${rep.error}` : ''})`, [
      { 'RSS before refresh MB': Math.round(rss0 / 2 ** 20), 'RSS after refresh MB': Math.round(rss1 / 2 ** 20), 'heap used MB': Math.round(process.memoryUsage().heapUsed / 2 ** 20), target: '< 300 MB' },
    ]);
    console.log('RSS is of this process: app + in-process simulator + bench client (an upper bound for the server alone).');
    return 0;
  });
}

run(main, stopEmbedded);
