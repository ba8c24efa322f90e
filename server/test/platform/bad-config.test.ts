import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnServer } from '../support/spawn-server.js';

const cases: Array<[string, Record<string, string>, RegExp]> = [
  ['PORT is not a number', { PORT: 'abc' }, /PORT: expected a port number/],
  ['PORT out of range', { PORT: '70000' }, /PORT:/],
  ['malformed DATABASE_URL', { DATABASE_URL: 'not a url' }, /DATABASE_URL: expected a URL like postgres:\/\//],
  ['wrong scheme DATABASE_URL', { DATABASE_URL: 'mysql://localhost/db' }, /DATABASE_URL:/],
  ['malformed REDIS_URL', { REDIS_URL: 'localhost:6379' }, /REDIS_URL: expected a URL like redis:\/\//],
  ['cache TTL below 60 s', { CACHE_TTL_SECONDS: '5' }, /CACHE_TTL_SECONDS:/],
  ['unknown NODE_ENV', { NODE_ENV: 'staging' }, /NODE_ENV:/],
  ['bad flag', { GRAPHQL_PLAYGROUND: 'maybe' }, /GRAPHQL_PLAYGROUND: expected true\/false/],
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
