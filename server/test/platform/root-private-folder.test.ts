import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../src/config/app-config.js';
import { freePort, spawnServer, tempDataDir } from '../support/spawn-server.js';
import { withClient } from '../support/test-db.js';

// As root, the embedded PostgreSQL runs as the `postgres` OS user. From a clone that user cannot
// enter (in root's home, any mode-0700 folder) it could reach neither the binaries in node_modules nor
// the data folder, and `npm start` died with an unhandled `spawn … initdb EACCES`.
const AS_ROOT = process.getuid?.() === 0;
// Its own port, never the app's (54329) or the test suite's (54339) embedded PostgreSQL.
const PG_PORT = 54371;

/** What `npm start` runs, hard-linked (same file system, so instant) into a mode-0700 folder. */
function privateClone(): { privateDir: string; clone: string } {
  mkdirSync(join(REPO_ROOT, '.data'), { recursive: true });
  const privateDir = mkdtempSync(join(REPO_ROOT, '.data', 'private-'));
  chmodSync(privateDir, 0o700);
  const clone = join(privateDir, 'minegnk');
  mkdirSync(join(clone, 'server'), { recursive: true });
  for (const path of ['package.json', 'node_modules', 'server/package.json', 'server/node_modules', 'server/dist']) {
    execFileSync('cp', ['-al', join(REPO_ROOT, path), join(clone, path)]);
  }
  return { privateDir, clone };
}

test('as root from a mode-0700 clone, npm start runs the embedded PostgreSQL and keeps its data', { skip: !AS_ROOT && 'only root runs PostgreSQL as another OS user', timeout: 240_000 }, async () => {
  const { privateDir, clone } = privateClone();
  const sharedDir = tempDataDir();
  const port = await freePort();
  // EMBEDDED_PG_DIR left at its default: `.data/pg` inside the private clone.
  const env = { PORT: String(port), EMBEDDED_PG_PORT: String(PG_PORT), EMBEDDED_PG_SHARED_DIR: sharedDir, SERVE_CLIENT: 'false' };
  const main = join(clone, 'server/dist/src/main.js');
  const pgUrl = `postgres://postgres:postgres@127.0.0.1:${PG_PORT}/minegnk`;
  try {
    assert.equal(statSync(privateDir).mode & 0o777, 0o700);
    const first = spawnServer(env, { main, cwd: clone });
    await first.ready();
    assert.doesNotMatch(first.output(), /EACCES|\n\s+at /, 'no permission error, no stack trace');
    assert.match(first.output(), /postgres OS user cannot enter/, 'says why the data and binaries live elsewhere');
    const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
    assert.equal(ready.status, 200);
    await withClient(pgUrl, (c) => c.query(`INSERT INTO users (email, password_hash) VALUES ('kept@example.com', 'x')`));
    assert.equal(await first.stop(), 0, 'clean exit on SIGTERM');

    const second = spawnServer(env, { main, cwd: clone });
    await second.ready();
    const kept = await withClient(pgUrl, (c) => c.query(`SELECT 1 FROM users WHERE email = 'kept@example.com'`));
    assert.equal(kept.rowCount, 1, 'the same data directory is used on the next start');
    assert.equal(await second.stop(), 0);
  } finally {
    rmSync(privateDir, { recursive: true, force: true });
    rmSync(sharedDir, { recursive: true, force: true });
  }
});
