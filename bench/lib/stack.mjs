// Starts the real app (compiled server, in this process) on a fresh database (database.mjs), and
// stops it. Redis: REDIS_URL when set, memory otherwise. Also the bench's GraphQL client, simulator
// control and the app's upstream counters.
import { randomBytes, randomUUID } from 'node:crypto';
import { createBenchDatabase } from './database.mjs';
import { serverRequire, testing } from './surface.mjs';

const pino = serverRequire('pino');

/**
 * The full stack in this process: `{ url, running, sim, dbUrl, gql, token, close }`. Demo mode (the
 * simulator is the network); NODE_ENV=test so nothing refreshes behind the bench's back.
 */
export async function startStack(env = {}) {
  const { name, url: dbUrl, drop } = await createBenchDatabase();
  const { AppConfig } = testing();
  const { startApp } = testing();
  const { AccessTokens } = testing();
  const config = new AppConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: dbUrl,
    REDIS_URL: process.env.REDIS_URL,
    HOST: '127.0.0.1',
    SERVE_CLIENT: 'false',
    CACHE_NAMESPACE: name,
    JWT_SECRET: randomBytes(32).toString('hex'),
    ...env,
  });
  let running;
  try {
    running = await startApp(config, pino({ level: process.env.BENCH_LOG ?? 'silent' }), { port: 0 });
  } catch (e) {
    await drop();
    throw e;
  }
  const tokens = new AccessTokens(config);
  return {
    url: running.url,
    running,
    sim: running.upstreams.simulator,
    dbUrl,
    config,
    get: (cls) => running.app.get(cls),
    gql: (query, variables, token, timeoutMs) => gql(running.url, query, variables, token, timeoutMs),
    /** An access token for a user row (signed with the app's key: skips argon2 per user). */
    token: (user) => tokens.sign({ id: user.id, email: user.email, role: user.role ?? 'user' }, randomUUID()),
    async close() {
      await running.close().catch(() => undefined);
      await drop();
      await dropRedisKeys(process.env.REDIS_URL, name); // the real Redis, not a drill's proxy
    },
  };
}

/** Deletes this run's cache namespace from Redis (settled-epoch entries never expire). */
export async function dropRedisKeys(url, namespace) {
  if (!url) return;
  const { createClient } = serverRequire('@keyv/redis');
  const client = createClient({ url, socket: { connectTimeout: 1000, reconnectStrategy: false } });
  client.on('error', () => undefined);
  try {
    await client.connect();
    for await (const keys of client.scanIterator({ MATCH: `${namespace}:*`, COUNT: 500 })) {
      const list = Array.isArray(keys) ? keys : [keys];
      if (list.length) await client.del(list);
    }
  } catch {
    // Redis gone (e.g. the outage drill's proxy): nothing more to clean through it.
  } finally {
    if (client.isOpen) await client.close().catch(() => undefined);
  }
}

export async function gql(base, query, variables, token, timeoutMs = 30_000) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = { raw: text };
  }
  return { status: res.status, text, ...body };
}

/** Simulator control: counters, faults, reset. */
export const simApi = (sim) => ({
  stats: async () => await (await fetch(`${sim.url}/__sim/stats`)).json(),
  /** Requests per page of each paginated route: `{ pattern: { "pagination.…": n } }`. */
  pages: async () => (await (await fetch(`${sim.url}/__sim/stats/pages`)).json()).routes,
  clock: async () => (await fetch(`${sim.url}/__sim/clock`)).json(),
  reset: () => fetch(`${sim.url}/__sim/reset`, { method: 'POST' }),
  clearFaults: () => fetch(`${sim.url}/__sim/faults`, { method: 'DELETE' }),
  fault: async (spec) => {
    const r = await fetch(`${sim.url}/__sim/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(spec) });
    if (!r.ok) throw new Error(`fault refused: ${r.status} ${await r.text()}`);
  },
});

/** Runs `fn(stack)` and always closes the stack (and the embedded PostgreSQL). */
export async function withStack(env, fn) {
  const stack = await startStack(env);
  try {
    return await fn(stack);
  } finally {
    await stack.close();
  }
}

/** The app's own count of upstream attempts by outcome (success, timeout, breaker_open, …), from /metrics. */
export async function upstreamAttempts(url) {
  const text = await (await fetch(`${url}/metrics`)).text();
  const out = {};
  // Route labels may contain braces (`{epoch}`): match the whole label set up to the closing `} `.
  for (const m of text.matchAll(/^upstream_requests_total\{(.*)\} (\d+)$/gm)) {
    const outcome = /outcome="([^"]+)"/.exec(m[1])?.[1] ?? '?';
    out[outcome] = (out[outcome] ?? 0) + Number(m[2]);
  }
  return out;
}
