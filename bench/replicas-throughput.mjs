// Throughput through HAProxy with 1 and with 3 replicas on this machine (issue #17): the dashboard's
// node-table query of a customer with 50 nodes, as a GraphQL GET, sent by autocannon (its own
// process) at 20 connections to each stack's balancer (scripts/cluster.mjs: replicas as processes,
// deploy/haproxy.cfg). Rounds alternate (1, 3, 3, 1, 1, 3) so a busy moment hits both; the ratio
// 3 / 1 is printed per round and for the median round. On 2 cores three replicas cannot triple one:
// the point is that nothing is serialized across them. Needs DATABASE_URL, REDIS_URL and haproxy.
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { getUrl, NODE_TABLE } from './drills/replicas/load.mjs';
import { startStack } from './drills/replicas/world.mjs';
import { cannon, figures } from './lib/load.mjs';
import { SMOKE, header, run, table } from './lib/report.mjs';

const ROUNDS = SMOKE ? 1 : 3;
const SECONDS = SMOKE ? 2 : 5;
const CONNECTIONS = 20;
const SIZES = { customers: 1, nodesEach: 50, participants: 300 };

/** CPU ms (user + system) of a process so far, from /proc (USER_HZ = 100). */
function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

async function measure(stack) {
  const { cluster, customers } = stack;
  const pids = cluster.replicas.map((r) => r.pid);
  const before = { app: pids.map(cpuMs), haproxy: cpuMs(cluster.haproxy.pid) };
  const { result, command } = await cannon({
    url: getUrl(cluster.url, NODE_TABLE, { first: 50 }),
    method: 'GET',
    headers: { 'apollo-require-preflight': 'true' },
    token: customers[0].token,
    connections: CONNECTIONS,
    seconds: SECONDS,
  });
  const n = Math.max(1, result.requests.total);
  const appMs = pids.map((p, i) => cpuMs(p) - before.app[i]);
  return {
    command,
    row: {
      ...figures(result),
      'app CPU ms/req': appMs.reduce((s, v) => s + v, 0) / n,
      'CPU % per replica': appMs.map((ms) => Math.round((ms / (SECONDS * 1000)) * 100)).join('/'),
      'haproxy CPU ms/req': (cpuMs(cluster.haproxy.pid) - before.haproxy) / n,
    },
  };
}

/** Warm: the query answered with all 50 nodes and no error through the balancer (the cache filled). */
async function warm(stack) {
  const { cluster, customers } = stack;
  for (let i = 0; i < 5; i++) {
    const res = await fetch(getUrl(cluster.url, NODE_TABLE, { first: 50 }), {
      headers: { authorization: `Bearer ${customers[0].token}`, 'apollo-require-preflight': 'true' },
    });
    const body = await res.json();
    if (body.errors || body.data?.myNodes.nodes.length !== 50) throw new Error(`${stack.name}: ${JSON.stringify(body).slice(0, 300)}`);
  }
}

async function main() {
  header('throughput through HAProxy: 1 vs 3 replicas');
  if (!process.env.DATABASE_URL || !process.env.REDIS_URL) {
    console.log('skipped: needs DATABASE_URL and REDIS_URL (replicas share PostgreSQL and Redis)');
    return 0;
  }
  const one = await startStack('one', 1, SIZES);
  let three;
  try {
    three = await startStack('three', 3, SIZES);
    await warm(one);
    await warm(three);
    // The machine may be shared: other work's load is context for every figure below.
    console.log(
      `load average before the rounds: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} (${availableParallelism()} cores)`,
    );
    const order = SMOKE ? [one, three] : [one, three, three, one, one, three];
    const results = { one: [], three: [] };
    let shown;
    for (const stack of order) {
      const m = await measure(stack);
      shown ??= m.command;
      results[stack.name].push(m.row);
    }
    console.log(`load: ${shown} (per stack's balancer)`);
    const rows = [];
    const ratios = [];
    for (let r = 0; r < ROUNDS; r++) {
      const a = results.one[r];
      const b = results.three[r];
      ratios.push(b['req/s'] / a['req/s']);
      rows.push({ round: r + 1, replicas: 1, ...a }, { round: r + 1, replicas: 3, ...b });
      rows.push({
        round: r + 1,
        replicas: '3 / 1',
        'req/s': b['req/s'] / a['req/s'],
        'p50 ms': b['p50 ms'] / a['p50 ms'],
        'p99 ms': b['p99 ms'] / a['p99 ms'],
      });
    }
    table(`node-table query (50 nodes) as GET through HAProxy, ${CONNECTIONS} connections, ${ROUNDS} round(s) of ${SECONDS} s per stack`, rows);
    const median = [...ratios].sort((x, y) => x - y)[Math.floor(ratios.length / 2)];
    console.log(
      `req/s ratio 3 replicas / 1 replica: median ${median.toFixed(2)} (rounds: ${ratios.map((x) => x.toFixed(2)).join(', ')}) on this ${availableParallelism()}-core machine`,
    );
    const errors = [...results.one, ...results.three].reduce((s, r) => s + r['errors+non2xx'], 0);
    if (errors) console.log(`errors or non-2xx answers under load: ${errors}`);
    return 0;
  } finally {
    await three?.close();
    await one.close();
  }
}

run(main, undefined, SMOKE ? 110_000 : 600_000);
