import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnServer } from '../helpers/spawn-server.js';

const cases: Array<[string, Record<string, string>, RegExp]> = [
  ['PORT is not a number', { PORT: 'abc' }, /PORT: expected a port number/],
  ['PORT out of range', { PORT: '70000' }, /PORT:/],
  ['malformed DATABASE_URL', { DATABASE_URL: 'not a url' }, /DATABASE_URL: expected a URL like postgres:\/\//],
  ['wrong scheme DATABASE_URL', { DATABASE_URL: 'mysql://localhost/db' }, /DATABASE_URL:/],
  ['malformed REDIS_URL', { REDIS_URL: 'localhost:6379' }, /REDIS_URL: expected a URL like redis:\/\//],
  ['cache TTL below 60 s', { CACHE_TTL_SECONDS: '5' }, /CACHE_TTL_SECONDS:/],
  ['unknown NODE_ENV', { NODE_ENV: 'staging' }, /NODE_ENV:/],
  ['bad flag', { GRAPHQL_PLAYGROUND: 'maybe' }, /GRAPHQL_PLAYGROUND: expected true\/false/],
  ['TRUST_PROXY naming a host', { TRUST_PROXY: 'proxy.example.com' }, /TRUST_PROXY: expected false, true, a number of proxy hops/],
  ['METRICS_TOKEN too short', { METRICS_TOKEN: 'short' }, /METRICS_TOKEN: expected at least 16 characters/],
  [
    'NODE_EXPLORER_URL without {address}',
    { NODE_EXPLORER_URL: 'https://explorer.example.com/nodes' },
    /NODE_EXPLORER_URL: expected an http\(s\) URL containing \{address\}/,
  ],
  ['NODE_EXPLORER_URL not http(s)', { NODE_EXPLORER_URL: 'ftp://explorer.example.com/{address}' }, /NODE_EXPLORER_URL: expected an http\(s\) URL/],
  ['METRICS_PORT equal to PORT', { PORT: '4555', METRICS_PORT: '4555' }, /METRICS_PORT: must differ from PORT/],
];

for (const [name, env, message] of cases) {
  test(`bad config stops the process with a message naming the variable: ${name}`, async () => {
    const server = spawnServer(env);
    const code = await server.exited();
    assert.notEqual(code, 0);
    assert.match(server.output(), /Invalid configuration/);
    assert.match(server.output(), message);
    assert.doesNotMatch(server.output(), /MineGNK is running/);
  });
}

test('several bad values are all reported at once', async () => {
  const server = spawnServer({ PORT: 'abc', DATABASE_URL: 'nope' });
  assert.notEqual(await server.exited(), 0);
  assert.match(server.output(), /PORT:/);
  assert.match(server.output(), /DATABASE_URL:/);
});

test('production in demo mode creates no demo accounts and prints no credentials', { timeout: 120_000 }, async () => {
  const { freePort, tempDataDir } = await import('../helpers/spawn-server.js');
  const { withClient } = await import('../helpers/test-db.js');
  const dir = tempDataDir();
  const pgPort = await freePort();
  const server = spawnServer({
    NODE_ENV: 'production',
    JWT_SECRET: 'x'.repeat(40),
    PORT: String(await freePort()),
    EMBEDDED_PG_DIR: `${dir}/pg`,
    EMBEDDED_PG_PORT: String(pgPort),
    SERVE_CLIENT: 'false',
  });
  try {
    await server.ready();
    assert.doesNotMatch(server.output(), /Sign in:|demo-admin/);
    const rows = await withClient(`postgres://postgres:postgres@127.0.0.1:${pgPort}/minegnk`, (c) =>
      c.query(`SELECT 1 FROM users WHERE email LIKE '%@minegnk.demo'`),
    );
    assert.equal(rows.rowCount, 0);
  } finally {
    await server.stop();
    (await import('node:fs')).rmSync(dir, { recursive: true, force: true });
  }
});
