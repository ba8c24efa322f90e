import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePorts, spawnServer, tempDataDir } from '../helpers/spawn-server.js';
import { withClient } from '../helpers/test-db.js';
import { gqlRequest } from '../helpers/test-app.js';

// The README's promise: no DATABASE_URL, no REDIS_URL → embedded PostgreSQL, memory cache, working API.
test('starts with no configuration on embedded PostgreSQL, and keeps data across restarts', { timeout: 240_000 }, async () => {
  const dataDir = join(tempDataDir(), 'pg');
  const [port, pgPort] = await freePorts(2);
  const env = { PORT: String(port), EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), SERVE_CLIENT: 'false' };
  const base = `http://127.0.0.1:${port}`;
  const pgUrl = `postgres://postgres:postgres@127.0.0.1:${pgPort}/minegnk`;
  try {
    const first = spawnServer(env);
    await first.ready();
    assert.match(first.output(), /initialising embedded PostgreSQL/);
    assert.match(first.output(), /GraphQL:\s+http:\/\/localhost:\d+\/graphql/, 'prints the playground URL');

    const ready = await fetch(`${base}/health/ready`);
    assert.equal(ready.status, 200);
    const health = (await ready.json()) as any;
    assert.equal(health.details.database.status, 'up');
    assert.equal(health.details.cache.backend, 'memory');

    const res = await gqlRequest<{ serverInfo: { name: string } }>(base, '{ serverInfo { name version } }');
    assert.equal(res.data?.serverInfo.name, 'MineGNK');

    const applied = await withClient(pgUrl, (c) => c.query('SELECT name FROM migrations'));
    assert.ok(applied.rowCount! >= 1, 'migrations ran at start');
    await withClient(pgUrl, (c) => c.query(`INSERT INTO users (email, password_hash) VALUES ('persist@example.com', 'x')`));
    assert.equal(await first.stop(), 0, 'clean exit on SIGTERM');

    const second = spawnServer(env);
    await second.ready();
    assert.doesNotMatch(second.output(), /initialising embedded PostgreSQL/, 'reuses the data directory');
    const kept = await withClient(pgUrl, (c) => c.query(`SELECT 1 FROM users WHERE email = 'persist@example.com'`));
    assert.equal(kept.rowCount, 1, 'data survived the restart');
    assert.equal(await second.stop(), 0);
  } finally {
    rmSync(join(dataDir, '..'), { recursive: true, force: true });
  }
});
