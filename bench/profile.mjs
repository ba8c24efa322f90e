// Where the full stack's time goes on the dashboard-throughput query: the same warm stack as
// dashboard-throughput.mjs, one autocannon run under the inspector's CPU profiler, then the top
// functions by self time, by package, and the CPU per request of this process and of PostgreSQL.
// `node bench/profile.mjs [--query='{ serverInfo { name } }'] [--out=/tmp/p.cpuprofile]` (open the
// file in Chrome DevTools for the call tree). Not part of `npm run bench`: it prints no ratio.
import './lib/production-mode.mjs';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { cannon, figures } from './lib/load.mjs';
import { header, run, table } from './lib/report.mjs';
import { stopEmbedded } from './lib/database.mjs';
import { warmCustomer } from './lib/seed.mjs';
import { withStack } from './lib/stack.mjs';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const QUERY = arg(
  'query',
  'query NodeTable($first: Int) { myNodes(first: $first) { totalCount nodes { id identifier displayName status statusReason tokensPerSec earningsDay earningsTotal gpuType statsStale } } }',
);
const OUT = arg('out', '/tmp/minegnk-dashboard.cpuprofile');
const SECONDS = 5;

/** CPU ms of every process named postgres (the server's backends included), from /proc. */
function postgresCpuMs() {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks * 10; // USER_HZ = 100 on Linux
}

/** Self time per function and per package (node_modules name, `app` for the server's own code). */
function summarize(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    self.set(id, (self.get(id) ?? 0) + dt);
    total += dt;
  });
  const fns = new Map();
  const pkgs = new Map();
  for (const [id, t] of self) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const where = url.includes('node_modules/') ? url.replace(/.*node_modules\//, '') : url.replace(/.*\/server\/dist\//, 'server/');
    const fn = `${functionName || '(anonymous)'} ${where}${where ? `:${lineNumber + 1}` : ''}`;
    const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? (url.includes('/server/dist/') ? 'app' : url.split(':')[0] || functionName);
    fns.set(fn, (fns.get(fn) ?? 0) + t);
    pkgs.set(pkg, (pkgs.get(pkg) ?? 0) + t);
  }
  const top = (m, n) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, t]) => ({ name, '% of samples': (100 * t) / total }));
  return { functions: top(fns, 30), packages: top(pkgs, 15) };
}

async function main() {
  header('profile of one dashboard query under load');
  return withStack({ SIMULATOR_PARTICIPANTS: '300' }, async (stack) => {
    const token = await warmCustomer(stack, 50);
    const body = { query: QUERY, variables: { first: 50 } };
    const check = await stack.gql(QUERY, body.variables, token);
    if (check.errors) throw new Error(`query failed: ${check.text.slice(0, 300)}`);
    await cannon({ url: `${stack.url}/graphql`, body, token, seconds: 2 }); // JIT and pools warm
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    const cpu0 = process.cpuUsage();
    const pg0 = postgresCpuMs();
    await session.post('Profiler.start');
    const load = await cannon({ url: `${stack.url}/graphql`, body, token, connections: 20, seconds: SECONDS });
    const { profile } = await session.post('Profiler.stop');
    const cpu = process.cpuUsage(cpu0);
    const requests = load.result.requests.total;
    writeFileSync(OUT, JSON.stringify(profile));
    const { functions, packages } = summarize(profile);
    table(`load (${SECONDS} s, 20 connections, profiler on: slower than the benchmark)`, [
      { ...figures(load.result), 'app CPU ms/req': (cpu.user + cpu.system) / 1000 / requests, 'PostgreSQL CPU ms/req': (postgresCpuMs() - pg0) / requests },
    ]);
    table('top functions by self time (writev: socket writes, kernel time included; (idle): waiting)', functions);
    table('by package (self time)', packages);
    console.log(`profile written to ${OUT} (open in Chrome DevTools → Performance, or VS Code)`);
    return 0;
  });
}

run(main, stopEmbedded);
