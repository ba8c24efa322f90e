// PostgreSQL restart drill: the embedded PostgreSQL this drill owns (stopped and started again on the
// same data dir and port), and the row counts compared before and after.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, sql } from '../../lib/database.mjs';
import { serverRequire, testing } from '../../lib/surface.mjs';

const pino = serverRequire('pino');
const { startEmbeddedPostgres } = testing();

export const TABLES = ['users', 'nodes', 'user_nodes', 'support_requests', 'activity_events', 'node_stats_cache', 'earnings_history', 'settled_epochs'];

/** One embedded PostgreSQL owned by this script: `stop()` and `start()` again on the same dir/port. */
export async function ownPostgres() {
  const dir = mkdtempSync(join(tmpdir(), 'minegnk-pgdrill-'));
  chmodSync(dir, 0o755); // embedded PostgreSQL runs as the `postgres` OS user under root
  const port = await freePort();
  const log = pino({ level: 'warn' });
  let db = await startEmbeddedPostgres(join(dir, 'pg'), port, log);
  return {
    url: db.url,
    port,
    stop: () => db.stop(),
    async start() {
      db = await startEmbeddedPostgres(join(dir, 'pg'), port, log);
    },
    async remove() {
      await db.stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function counts(dbUrl) {
  const rows = await sql(dbUrl, TABLES.map((t) => `SELECT '${t}' AS t, count(*)::int AS n FROM ${t}`).join(' UNION ALL '));
  return Object.fromEntries(rows.map((r) => [r.t, r.n]));
}
