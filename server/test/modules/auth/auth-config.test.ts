import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnServer } from '../../helpers/spawn-server.js';

const cases: Array<[string, Record<string, string>, RegExp]> = [
  ['production without JWT_SECRET', { NODE_ENV: 'production' }, /JWT_SECRET: required in production/],
  ['short JWT_SECRET', { JWT_SECRET: 'too-short' }, /JWT_SECRET: expected at least 32 characters/],
  ['access token TTL over 15 minutes', { ACCESS_TOKEN_TTL_SECONDS: '3600' }, /ACCESS_TOKEN_TTL_SECONDS:/],
  ['ADMIN_EMAIL without ADMIN_PASSWORD', { ADMIN_EMAIL: 'ops@example.com' }, /ADMIN_PASSWORD: ADMIN_EMAIL and ADMIN_PASSWORD go together/],
  ['unknown GRAPHQL_INTROSPECTION', { GRAPHQL_INTROSPECTION: 'sometimes' }, /GRAPHQL_INTROSPECTION: expected off, admins or on/],
];

for (const [name, env, message] of cases) {
  test(`auth config is checked at start: ${name}`, async () => {
    const server = spawnServer(env);
    assert.notEqual(await server.exited(), 0);
    assert.match(server.output(), /Invalid configuration/);
    assert.match(server.output(), message);
  });
}
