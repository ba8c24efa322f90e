#!/usr/bin/env node
// Several MineGNK replicas behind HAProxy on this machine, without Docker (README "Running several
// replicas"): one Gonka network simulator process as the upstream, N replicas of the compiled server
// (`node server/dist/src/main.js`) on loopback ports with the same settings, and Debian's haproxy
// with deploy/haproxy.cfg in front. Ctrl-C stops everything.
//
//   DATABASE_URL=postgres://… REDIS_URL=redis://… npm run cluster -- [--replicas=3] [--port=8080]
//
// Also a module: bench/drills/replicas.mjs and bench/replicas-throughput.mjs call startCluster().
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { MAIN, freePort, startHaproxy, startReplica, startSimulatorProcess } from './cluster/processes.mjs';

export { freePort, startHaproxy, startReplica, startSimulatorProcess };
/** deploy/haproxy.cfg has this many MINEGNK_REPLICA_n slots. */
export const MAX_REPLICAS = 6;

/**
 * The settings every replica shares (README "Running several replicas"): one database, one Redis,
 * one JWT secret, the same upstreams, one proxy hop. `env` adds or overrides.
 */
export function sharedSettings({ databaseUrl, redisUrl, sim, jwtSecret, metricsToken, env = {} }) {
  return {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    JWT_SECRET: jwtSecret,
    METRICS_TOKEN: metricsToken,
    TRUST_PROXY: '1',
    GONKA_NODE_URLS: sim.url,
    HYPERFUSION_URL: sim.hyperfusionUrl,
    PRICE_API_URL: sim.priceApiUrl,
    LOG_LEVEL: 'warn',
    ...env,
  };
}

/**
 * The whole topology: `{ url, statsUrl, sim, replicas, haproxy, settings, stop }`. `sim` may be a
 * running simulator to share; otherwise one is started (and stopped with the cluster).
 */
export async function startCluster({ replicas = 3, databaseUrl, redisUrl, port, statsPort, env = {}, sim, simulator = {} } = {}) {
  if (!databaseUrl) throw new Error('DATABASE_URL is required: every replica must use the same PostgreSQL');
  if (!redisUrl) throw new Error('REDIS_URL is required: replicas share live events and sign-in limits through Redis');
  if (replicas < 1 || replicas > MAX_REPLICAS) throw new Error(`replicas: 1..${MAX_REPLICAS} (deploy/haproxy.cfg's server slots)`);
  if (!existsSync(MAIN)) throw new Error(`${MAIN} missing: run \`npm run build\` first`);
  const started = [];
  const ownSim = !sim;
  try {
    if (!sim) {
      sim = await startSimulatorProcess(simulator);
      started.push(sim);
    }
    const settings = sharedSettings({
      databaseUrl,
      redisUrl,
      sim,
      jwtSecret: env.JWT_SECRET ?? randomBytes(32).toString('hex'),
      metricsToken: env.METRICS_TOKEN ?? randomBytes(24).toString('hex'),
      env,
    });
    const ports = await Promise.all(Array.from({ length: replicas }, () => freePort()));
    // Started together, as an orchestrator would: migrations and queue set-up take turns under advisory locks.
    const apps = await Promise.all(
      ports.map(async (p, i) => {
        const replica = await startReplica(`app${i + 1}`, p, settings);
        started.push(replica);
        return replica;
      }),
    );
    const haproxy = await startHaproxy({
      port: port ?? (await freePort()),
      statsPort: statsPort ?? (await freePort()),
      replicas: apps.map((a) => `127.0.0.1:${a.port}`),
    });
    started.push(haproxy);
    return {
      url: haproxy.url,
      statsUrl: haproxy.statsUrl,
      sim,
      replicas: apps,
      haproxy,
      settings,
      /** /metrics of one replica (with the shared METRICS_TOKEN). */
      metrics: async (replica) =>
        (await fetch(`${replica.url}/metrics`, { headers: { authorization: `Bearer ${settings.METRICS_TOKEN}` }, signal: AbortSignal.timeout(5000) })).text(),
      async stop() {
        await haproxy.stop(5000);
        await Promise.all(apps.map((a) => a.stop()));
        if (ownSim) await sim.stop(5000);
      },
    };
  } catch (e) {
    await Promise.all(started.map((p) => p.stop(5000).catch(() => undefined)));
    throw e;
  }
}

async function main() {
  const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
  const replicas = Number(arg('replicas', 3));
  const cluster = await startCluster({
    replicas,
    databaseUrl: process.env.DATABASE_URL,
    redisUrl: process.env.REDIS_URL,
    port: Number(arg('port', 8080)),
    statsPort: Number(arg('stats-port', 8404)),
    env: Object.fromEntries(
      ['JWT_SECRET', 'METRICS_TOKEN', 'CACHE_NAMESPACE', 'CACHE_TTL_SECONDS', 'ADMIN_EMAIL', 'ADMIN_PASSWORD', 'LOG_LEVEL']
        .filter((k) => process.env[k])
        .map((k) => [k, process.env[k]]),
    ),
  });
  console.log(`MineGNK cluster: ${replicas} replica(s) behind HAProxy
  portal (HAProxy):   ${cluster.url}   (GraphQL and WebSocket subscriptions at /graphql)
  HAProxy stats:      ${cluster.statsUrl}/stats   (Prometheus: ${cluster.statsUrl}/metrics)
  replicas:           ${cluster.replicas.map((r) => r.url).join('  ')}
  simulator:          ${cluster.sim.url}   (control: /__sim/stats, /__sim/hosts/{address})
  JWT_SECRET:         ${process.env.JWT_SECRET ? 'from the environment' : 'generated for this run (set JWT_SECRET to keep sessions across runs)'}
Ctrl-C stops everything.`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('stopping HAProxy, the replicas and the simulator');
    await cluster.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  for (const r of cluster.replicas) r.exited.then((code) => !stopping && console.error(`${r.name} exited (${code}):\n${r.output().slice(-2000)}`));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e) => {
    console.error(e.message ?? e);
    process.exit(1);
  });
}
