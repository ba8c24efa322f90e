// PostgreSQL for the benchmarks: the machine's (DATABASE_URL set: a fresh database is CREATEd and
// DROPped) or an embedded one in a temp dir (removed afterwards); plain SQL for seeding and counting.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverRequire, testing } from './surface.mjs';

const pg = serverRequire('pg');
const pino = serverRequire('pino');

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
  const { DataSource } = serverRequire('typeorm');
  const { typeormOptions } = testing();
  const ds = new DataSource({ ...typeormOptions(url), migrationsRun: false });
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
}
