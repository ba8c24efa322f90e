// Drill: Redis goes away mid-load. The app talks to Redis through a TCP proxy this script owns; half
// way through the load the proxy is closed and every connection cut (Redis itself is untouched).
// Runs only when REDIS_URL is set. See bench/README.md.
import { connect, createServer } from 'node:net';
import { SMOKE, header, percentile, run, table } from '../lib/report.mjs';
import { stopEmbedded } from '../lib/database.mjs';
import { seedCustomers } from '../lib/seed.mjs';
import { withStack } from '../lib/stack.mjs';
import { testing } from '../lib/surface.mjs';

const { RefresherService } = testing();
const { CacheService } = testing();

const SECONDS = SMOKE ? 4 : 20;
const WORKERS = 20;
const QUERY = `{ dashboard { activeNodes totalNodes totalGpus earningsMonth } myNodes(first: 10) { nodes { identifier status tokensPerSec earningsDay gpuType statsStale } } }`;

function startProxy(target) {
  const sockets = new Set();
  const server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    const upstream = connect(Number(target.port || 6379), target.hostname);
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    client.pipe(upstream).pipe(client);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        port: server.address().port,
        kill() {
          server.close();
          for (const s of sockets) s.destroy();
        },
      }),
    ),
  );
}

function summary(phase, samples) {
  const lat = samples.map((s) => s.ms).sort((a, b) => a - b);
  return {
    phase,
    requests: samples.length,
    failed: samples.filter((s) => !s.ok).length,
    'p50 ms': percentile(lat, 50),
    'p99 ms': percentile(lat, 99),
    'max ms': lat.at(-1) ?? NaN,
  };
}

async function main() {
  header('drill: Redis stopped mid-load');
  if (!process.env.REDIS_URL) {
    console.log('skipped: REDIS_URL is not set (the app caches in memory only; nothing to stop)');
    return 0;
  }
  const proxy = await startProxy(new URL(process.env.REDIS_URL));
  try {
    return await withStack({ SIMULATOR_PARTICIPANTS: '300', REDIS_URL: `redis://127.0.0.1:${proxy.port}` }, async (stack) => {
      const users = await seedCustomers(stack.dbUrl, { users: 20, perUser: 10, identifiers: stack.sim.addresses().slice(0, 200) });
      const tokens = users.map((u) => stack.token(u));
      await stack.get(RefresherService).refreshNow();
      const cache = stack.get(CacheService);
      if (!(await cache.ping())) throw new Error('Redis not reachable through the proxy at start');
      const samples = [];
      const t0 = Date.now();
      const killAt = t0 + (SECONDS * 1000) / 2;
      let killed = false;
      const worker = async (w) => {
        for (let i = 0; Date.now() - t0 < SECONDS * 1000; i++) {
          const start = Date.now();
          const r = await stack.gql(QUERY, undefined, tokens[(w + i) % tokens.length], 30_000).catch((e) => ({ thrown: e }));
          const ok = !r.thrown && r.status === 200 && !r.errors && !!r.data?.myNodes;
          samples.push({ at: start, ms: Date.now() - start, ok, after: killed });
        }
      };
      const killer = (async () => {
        await new Promise((r) => setTimeout(r, killAt - Date.now()));
        proxy.kill();
        killed = true;
        await stack.get(RefresherService).refreshNow(); // cache writes while Redis is gone
      })();
      await Promise.all([...Array.from({ length: WORKERS }, (_, w) => worker(w)), killer]);
      const before = summary(
        'Redis up',
        samples.filter((s) => !s.after),
      );
      const after = summary(
        'Redis gone (proxy killed)',
        samples.filter((s) => s.after),
      );
      table(
        `${WORKERS} concurrent customers for ${SECONDS} s, Redis cut at ${SECONDS / 2} s (redis errors counted by the app: ${cache.stats.redisErrors}, ready: ${cache.isRedisHealthy})`,
        [
          before,
          after,
          {
            phase: 'added by the outage',
            'p50 ms': after['p50 ms'] - before['p50 ms'],
            'p99 ms': after['p99 ms'] - before['p99 ms'],
            'max ms': after['max ms'] - before['p50 ms'],
          },
        ],
      );
      console.log('"max ms" on the last row: slowest request after the cut minus the median before it (max added latency).');
      const lost = before.failed + after.failed;
      console.log(`lost (failed requests, target 0): ${lost}`);
      return lost > 0 ? 1 : 0;
    });
  } finally {
    proxy.kill();
  }
}

run(main, stopEmbedded);
