/**
 * `npm test`: gives the suite a PostgreSQL (DATABASE_URL if set, else an embedded one started here,
 * exactly as the app does with no configuration), then runs every compiled *.test.js with node's
 * test runner (test/**, and the unit tests beside the rules in src/**). Node 20 has no --test globs, so files are listed here.
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pino from 'pino';
import { REPO_ROOT } from '../src/config/app-config.js';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.js';

function findTests(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return findTests(path);
    return name.endsWith('.test.js') ? [path] : [];
  });
}

async function main(): Promise<void> {
  // Optional substrings of compiled test paths: a file runs when it contains any of them.
  const filters = process.argv.slice(2);
  // Integration tests live under test/ (mirroring src/); unit tests sit beside the pure rules in src/.
  const all = [...findTests(__dirname), ...findTests(join(__dirname, '../src'))];
  const files = all.filter((f) => filters.length === 0 || filters.some((s) => f.includes(s))).sort();
  // node --test with no files would run everything it finds: a filter that matches nothing is a mistake.
  if (files.length === 0) throw new Error(`no test file matches ${filters.join(', ')}`);
  let adminUrl = process.env.DATABASE_URL;
  let stop = async () => {};
  if (!adminUrl) {
    const log = pino({ level: 'warn' });
    const dir = resolve(REPO_ROOT, '.data/pg-test');
    const db = await startEmbeddedPostgres(dir, Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54339), log);
    adminUrl = db.url;
    stop = db.stop;
    console.log(`# tests use embedded PostgreSQL (${dir}); set DATABASE_URL to use another server`);
  } else {
    console.log('# tests use DATABASE_URL');
  }
  const child = spawn(process.execPath, ['--test', '--test-concurrency=1', '--enable-source-maps', ...files], {
    stdio: 'inherit',
    env: { ...process.env, TEST_PG_ADMIN_URL: adminUrl },
  });
  const code: number = await new Promise((res) => child.on('exit', (c) => res(c ?? 1)));
  await stop();
  process.exit(code);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
