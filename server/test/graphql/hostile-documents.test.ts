import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { code, registerCustomer, type Session } from '../helpers/accounts.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

// Found by bench/drills/hostile-requests.mjs: each of these used to answer INTERNAL_SERVER_ERROR,
// leak a runtime message, or block the event loop.
let app: TestApp;
let customer: Session;
before(async () => {
  app = await startTestApp({ NODE_ENV: 'production', JWT_SECRET: 'h'.repeat(40), SIMULATOR: 'off' });
  customer = await registerCustomer(app, 'hostile@example.com');
});
after(() => app.close());

const cursor = (at: string, id = '00000000-0000-0000-0000-000000000000') => Buffer.from(JSON.stringify([at, id])).toString('base64url');

test('cursors with impossible timestamps are BAD_USER_INPUT, never a database error', async () => {
  for (const at of ['2024-13-45 25:61:61+00', '0000-01-01 00:00:00+00', '2024-01-01 00:00:00+99', '2023-02-29 00:00:00+00', '2024-01-01T00:00:00Z']) {
    for (const query of [`query($a: String) { mySupportRequests(after: $a) { totalCount } }`, `query($a: String) { myNodes(after: $a) { totalCount } }`]) {
      const res = await app.gql(query, { a: cursor(at) }, customer.accessToken);
      assert.equal(code(res), 'BAD_USER_INPUT', `${at}: ${JSON.stringify(res.errors)}`);
    }
  }
  const issued = await app.gql(`query($a: String) { myNodes(after: $a) { totalCount } }`, { a: cursor('2024-02-29 23:59:59.123456+00') }, customer.accessToken);
  assert.equal(issued.errors, undefined, 'a well-formed cursor is accepted');
});

test('a persisted-query request gets a request error, not an internal one', async () => {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ serverInfo { name } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }),
  });
  const body = (await res.json()) as any;
  assert.notEqual(body.errors?.[0]?.extensions?.code, 'INTERNAL_SERVER_ERROR', JSON.stringify(body));
  assert.ok(res.status < 500);
});

test('absurdly nested documents are refused without a runtime message', async () => {
  const depth = 3000;
  const deepSelection = `{ ${'a { '.repeat(depth)}b${' }'.repeat(depth)} }`;
  const deepInput = `{ users(search: ${'['.repeat(depth)}"x"${']'.repeat(depth)}) { totalCount } }`;
  for (const query of [deepSelection, deepInput]) {
    const res = await app.gql(query, {}, customer.accessToken);
    assert.ok(res.errors?.length, 'refused');
    const text = JSON.stringify(res.errors);
    assert.doesNotMatch(text, /call stack|RangeError|INTERNAL_SERVER_ERROR/, text.slice(0, 300));
  }
});

test('fragments that spread each other twice per level are checked in linear time', async () => {
  const levels = 28; // 2^28 expanded selections: a re-walk per spread never finishes
  const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join('\n');
  const query = `query { ...F0 }\n${fragments}\nfragment F${levels} on Query { serverInfo { name } }`;
  const started = Date.now();
  const res = await app.gql(query);
  assert.ok(Date.now() - started < 3000, `answered in ${Date.now() - started} ms`);
  assert.ok(res.data?.serverInfo?.name || res.errors?.length);
});
