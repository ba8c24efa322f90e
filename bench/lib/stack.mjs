// Starts the real app (compiled server, in this process) on a fresh database, and stops it.
// PostgreSQL: the machine's (DATABASE_URL set: a fresh database is CREATEd and DROPped) or an
// embedded one in a temp dir (removed afterwards). Redis: REDIS_URL when set, memory otherwise.
import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = join(ROOT, 'server/dist/src');
const require = createRequire(import.meta.url);

/**
 * The compiled server's test surface, server/src/testing.ts (`npm run build -w server` first): the
 * only server module bench/ loads, so a move inside src/ cannot break a benchmark at run time.
 */
export function testing() {
  const file = join(DIST, 'testing.js');
  if (!existsSync(file)) throw new Error(`${file} missing: run \`npm run build -w server\` first`);
  return require(file);
}

const pg = require(require.resolve('pg', { paths: [join(ROOT, 'server')] }));
const pino = require(require.resolve('pino', { paths: [join(ROOT, 'server')] }));

export async function sql(url, text, params) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text, params)).rows;
  } finally {
    await c.end();
  }
}

export function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
    s.on('error', rej);
  });
}

let embedded; // one embedded PostgreSQL per process, shared by every app it starts
async function adminUrl() {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  if (!embedded) {
    const dir = mkdtempSync(join(tmpdir(), 'minegnk-bench-'));
    chmodSync(dir, 0o755); // embedded PostgreSQL runs as the `postgres` OS user under root
    const { startEmbeddedPostgres } = testing();
    const db = await startEmbeddedPostgres(join(dir, 'pg'), await freePort(), pino({ level: 'warn' }));
    embedded = { db, dir };
  }
  return embedded.db.url;
}

/** Stops the shared embedded PostgreSQL (if one was started) and removes its directory. */
export async function stopEmbedded() {
  if (!embedded) return;
  const { db, dir } = embedded;
  embedded = undefined;
  await db.stop().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
}

/** A fresh, empty database for one run: `{ name, url, drop }` (drop forces out open connections). */
export async function createBenchDatabase() {
  const admin = await adminUrl();
  const name = `minegnk_bench_${randomBytes(5).toString('hex')}`;
  await sql(admin, `CREATE DATABASE ${name}`);
  const u = new URL(admin);
  u.pathname = `/${name}`;
  return { name, url: u.toString(), drop: () => sql(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined) };
}

/** Applies the server's migrations to `url` (what the server does at start-up). */
export async function migrate(url) {
  const { DataSource } = require(require.resolve('typeorm', { paths: [join(ROOT, 'server')] }));
  const { typeormOptions } = testing();
  const ds = new DataSource({ ...typeormOptions(url), migrationsRun: false });
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
}

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
  const { createClient } = require(require.resolve('@keyv/redis', { paths: [join(ROOT, 'server')] }));
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

/**
 * Inserts `users` customers (password hash 'x': they sign in with minted tokens) owning `perUser`
 * nodes each, taken in order from `identifiers` (needs users × perUser unowned identifiers). Returns the user rows.
 */
export async function seedCustomers(dbUrl, { users, perUser, identifiers, prefix = 'c' }) {
  const rows = await sql(
    dbUrl, // password hash 'x' matches no password: these users sign in with minted tokens
    `INSERT INTO users (email, password_hash) SELECT '${prefix}' || i || '@bench.test', 'x' FROM generate_series(1, $1) i RETURNING id, email, role`,
    [users],
  );
  await sql(
    dbUrl,
    `INSERT INTO nodes (identifier, identifier_type, display_name)
     SELECT id, 'wallet', 'node-' || ord FROM unnest($1::text[]) WITH ORDINALITY AS t(id, ord) ON CONFLICT (identifier) DO NOTHING`,
    [identifiers],
  );
  const links = [];
  rows.forEach((r, i) => {
    for (let k = 0; k < perUser; k++) links.push([r.id, identifiers[i * perUser + k]]);
  });
  const linked = await sql(
    dbUrl,
    `INSERT INTO user_nodes (user_id, node_id)
     SELECT l.u::uuid, n.id FROM unnest($1::text[], $2::text[]) AS l(u, ident) JOIN nodes n ON n.identifier = l.ident
     ON CONFLICT DO NOTHING RETURNING node_id`,
    [links.map((l) => l[0]), links.map((l) => l[1])],
  );
  // A node has one owner: reusing identifiers across customers would silently link fewer.
  if (linked.length !== links.length) throw new Error(`seed: linked ${linked.length} of ${links.length} nodes (identifiers reused?)`);
  return rows;
}

/** Simulator control: counters, faults, reset. */
export const simApi = (sim) => ({
  stats: async () => (await (await fetch(`${sim.url}/__sim/stats`)).json()),
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

/**
 * One customer owning `nodes` simulator hosts, an epoch settled and a refresh done (earnings rows and
 * stats: a realistic, warm state). Returns the customer's access token.
 */
export async function warmCustomer(stack, nodes = 50) {
  const [user] = await seedCustomers(stack.dbUrl, { users: 1, perUser: nodes, identifiers: stack.sim.addresses().slice(0, nodes) });
  stack.sim.advanceEpoch();
  await stack.get(testing().RefresherService).refreshNow();
  return stack.token(user);
}
