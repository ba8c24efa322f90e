// Dashboard throughput: the node-table widget query of a customer with 50 nodes against the full
// stack (auth, query limits, loaders, warm cache, PostgreSQL) vs a raw graphql-js + node:http server
// answering the same query shape from the same data in memory. Ratio = full / raw. See README.md.
import './lib/production-mode.mjs'; // first: graphql-js reads NODE_ENV when it loads (both servers share it)
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { cannon, figures } from './lib/load.mjs';
import { SMOKE, header, run, table } from './lib/report.mjs';
import { stopEmbedded } from './lib/database.mjs';
import { warmCustomer } from './lib/seed.mjs';
import { withStack } from './lib/stack.mjs';
import { ROOT } from './lib/surface.mjs';

const { graphql, buildSchema } = createRequire(join(ROOT, 'server/package.json'))('graphql');

// Rounds alternate raw and full (raw, full, full, raw, raw, full): on a shared machine a busy
// moment then hits both, and the median round's ratio is reported beside the totals.
const ROUNDS = SMOKE ? 1 : 3;
const SECONDS = SMOKE ? 2 : 5;
const CONNECTIONS = 20;
const QUERY = `query NodeTable($first: Int) {
  myNodes(first: $first) {
    totalCount
    nodes { id identifier displayName status statusReason tokensPerSec earningsDay earningsTotal gpuType statsStale }
  }
}`;
const BODY = { query: QUERY, variables: { first: 50 } };

const RAW_SDL = `
  type Node { id: ID! identifier: String! displayName: String status: String! statusReason: String!
    tokensPerSec: Float earningsDay: String! earningsTotal: String! gpuType: String statsStale: Boolean! }
  type NodeConnection { totalCount: Int! nodes: [Node!]! }
  type Query { myNodes(first: Int): NodeConnection! }`;

/** graphql-js over node:http: parse, validate and execute per request, data from memory. */
function startRaw(nodes) {
  const schema = buildSchema(RAW_SDL);
  const rootValue = { myNodes: ({ first }) => ({ totalCount: nodes.length, nodes: nodes.slice(0, first ?? 20) }) };
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', async () => {
      const { query, variables } = JSON.parse(body);
      const result = await graphql({ schema, source: query, rootValue, variableValues: variables });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${server.address().port}`, server })));
}

/** An autocannon run plus the CPU time this process (the server under test) spent per request. */
async function measured(opts) {
  const before = process.cpuUsage();
  const run = await cannon(opts);
  const used = process.cpuUsage(before);
  return { ...run, cpuMs: (used.user + used.system) / 1000 / Math.max(1, run.result.requests.total) };
}

async function main() {
  header('dashboard throughput');
  return withStack({ SIMULATOR_PARTICIPANTS: '300' }, async (stack) => {
    const token = await warmCustomer(stack, 50);
    const warm = await stack.gql(QUERY, BODY.variables, token);
    if (warm.errors || warm.data?.myNodes?.nodes?.length !== 50) throw new Error(`warm-up query failed: ${warm.text.slice(0, 300)}`);
    const raw = await startRaw(warm.data.myNodes.nodes);
    try {
      const check = await (await fetch(`${raw.url}/graphql`, { method: 'POST', body: JSON.stringify(BODY) })).json();
      if (!isDeepStrictEqual(check.data, warm.data)) throw new Error('raw server does not answer the same data');
      // Short warm-up of both (JIT, connection pools), then the measured runs.
      await cannon({ url: `${raw.url}/graphql`, body: BODY, seconds: 1 });
      await cannon({ url: `${stack.url}/graphql`, body: BODY, token, seconds: 1 });
      const rounds = [];
      for (let i = 0; i < ROUNDS; i++) {
        const runRaw = () => measured({ url: `${raw.url}/graphql`, body: BODY, connections: CONNECTIONS, seconds: SECONDS });
        const runFull = () => measured({ url: `${stack.url}/graphql`, body: BODY, token, connections: CONNECTIONS, seconds: SECONDS });
        let base, full;
        if (i % 2 === 0) {
          base = await runRaw();
          full = await runFull();
        } else {
          full = await runFull();
          base = await runRaw();
        }
        rounds.push({ base, full, ratio: full.result.requests.average / base.result.requests.average });
      }
      const after = await stack.gql(QUERY, BODY.variables, token);
      if (after.errors || after.data?.myNodes?.nodes?.length !== 50) throw new Error(`full stack answered wrongly under load: ${after.text.slice(0, 300)}`);
      const rows = [];
      rounds.forEach(({ base, full }, i) => {
        const b = figures(base.result);
        const f = figures(full.result);
        const tag = ROUNDS > 1 ? `round ${i + 1}: ` : '';
        rows.push(
          { server: `${tag}raw graphql-js + node:http (baseline)`, ...b, 'CPU ms/req': base.cpuMs },
          { server: `${tag}MineGNK full stack`, ...f, 'CPU ms/req': full.cpuMs },
          {
            server: `${tag}ratio full / raw`,
            'req/s': f['req/s'] / b['req/s'],
            'p50 ms': f['p50 ms'] / Math.max(1, b['p50 ms']),
            'p99 ms': f['p99 ms'] / Math.max(1, b['p99 ms']),
            'CPU ms/req': full.cpuMs / base.cpuMs,
          },
        );
      });
      const median = [...rounds].sort((a, b) => a.ratio - b.ratio)[Math.floor(ROUNDS / 2)];
      const fullP99 = rounds.map((r) => r.full.result.latency.p99).sort((a, b) => a - b)[Math.floor(ROUNDS / 2)];
      table(
        `node-table query, 50 nodes, ${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${SECONDS} s per server (response ${warm.text.length} bytes)`,
        rows,
      );
      console.log(
        "CPU ms/req: this process's CPU time (both servers live here; autocannon is a child process) per request served — steadier than req/s on a shared machine.",
      );
      console.log(
        `targets (reported, not asserted): req/s ratio ≥ 0.6 → median round ${median.ratio.toFixed(2)}; full-stack p99 < 50 ms → median round ${fullP99} ms`,
      );
      console.log(`baseline: ${median.base.command}\nfull:     ${median.full.command}`);
      return rounds.some((r) => figures(r.full.result)['errors+non2xx'] > 0) ? 1 : 0;
    } finally {
      raw.server.close();
      raw.server.closeAllConnections?.();
    }
  });
}

run(main, stopEmbedded);
