import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { isInputObjectType, isObjectType, lexicographicSortSchema, printSchema } from 'graphql';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

// Runs on whatever the environment provides: in CI the machine's PostgreSQL and Redis services.
let app: TestApp;
before(async () => {
  app = await startTestApp();
});
after(() => app.close());

test('ready on the configured PostgreSQL and cache, and GraphQL answers', async () => {
  const res = await fetch(`${app.url}/health/ready`);
  assert.equal(res.status, 200);
  const body = (await res.json()) as any;
  assert.equal(body.details.database.status, 'up');
  assert.equal(body.details.cache.backend, process.env.REDIS_URL ? 'redis' : 'memory');
  if (process.env.REDIS_URL) assert.equal(body.details.cache.redis, 'up');
  const gql = await app.gql('{ serverInfo { name time } }');
  assert.equal(gql.status, 200);
  assert.equal(gql.data.serverInfo.name, 'MineGNK');
  assert.ok(!Number.isNaN(Date.parse(gql.data.serverInfo.time)));
});

test('liveness answers without touching dependencies', async () => {
  const res = await fetch(`${app.url}/health/live`);
  assert.deepEqual(await res.json(), { status: 'ok' });
});

test('every response carries a request id, and a sane incoming one is honoured', async () => {
  const res = await fetch(`${app.url}/health/live`, { headers: { 'x-request-id': 'trace-123' } });
  assert.equal(res.headers.get('x-request-id'), 'trace-123');
  const fresh = await fetch(`${app.url}/health/live`, { headers: { 'x-request-id': 'bad id with spaces' } });
  assert.match(fresh.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
});

test('every response says how long the server took (Server-Timing), GraphQL included', async () => {
  for (const res of [
    await fetch(`${app.url}/health/live`),
    await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ serverInfo { name } }"}' }),
  ]) {
    const timing = /^app;dur=(\d+\.\d{2})$/.exec(res.headers.get('server-timing') ?? '');
    assert.ok(timing, `Server-Timing: ${res.headers.get('server-timing')}`);
    assert.ok(Number(timing[1]) >= 0 && Number(timing[1]) < 10_000);
  }
});

test('a GraphQL syntax error is a request error with a stable code', async () => {
  const res = await app.gql('{ serverInfo { ');
  assert.equal(res.errors?.[0].extensions?.code, 'GRAPHQL_PARSE_FAILED');
});

test('committed schema.graphql matches the running server (run `npm run schema` after changes)', () => {
  const schema = app.running.app.get(GraphQLSchemaHost).schema;
  const live = printSchema(lexicographicSortSchema(schema)).trim();
  const committed = readFileSync(resolve(__dirname, '../../../../schema.graphql'), 'utf8')
    .replace(/^#.*\n\n/, '')
    .trim();
  assert.equal(committed, live);
});

test('the playground documents every type and field (descriptions everywhere)', () => {
  const schema = app.running.app.get(GraphQLSchemaHost).schema;
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || ['String', 'Boolean', 'Int', 'Float', 'ID'].includes(type.name)) continue;
    if (!type.description) missing.push(`type ${type.name}`);
    if (isObjectType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (!field.description) missing.push(`${type.name}.${field.name}`);
    }
  }
  assert.deepEqual(missing, []);
});

test('a subscription sent over HTTP is a client error pointing to the WebSocket, not an internal one', async () => {
  const res = await app.gql('subscription { dashboardChanged { reason } }');
  assert.equal(res.status, 400);
  assert.equal(res.errors?.[0].extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
  assert.match(res.errors![0].message, /served over WebSocket/);
});
