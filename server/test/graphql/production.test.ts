import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { code, registerAdmin, registerCustomer, type Session } from '../helpers/accounts.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { withClient } from '../helpers/test-db.js';

// Production defaults: GRAPHQL_INTROSPECTION=admins, masked errors, no "Did you mean" hints.
let app: TestApp;
let admin: Session;
let customer: Session;
before(async () => {
  // No simulator: production-like, and no demo accounts.
  app = await startTestApp({ NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40), SIMULATOR: 'off' });
  admin = await registerAdmin(app, 'ops@example.com');
  customer = await registerCustomer(app, 'customer@example.com');
});
after(() => app.close());

const INTROSPECT = '{ __schema { queryType { name } } }';

test('introspection: refused to anonymous callers and customers, allowed to admins', async () => {
  const anonymous = await app.gql(INTROSPECT);
  assert.equal(code(anonymous), 'UNAUTHENTICATED');
  assert.equal(anonymous.data, undefined);
  assert.equal(code(await app.gql('{ __type(name: "User") { fields { name } } }')), 'UNAUTHENTICATED');
  const hidden = await app.gql(`fragment F on Query { __schema { types { name } } } { ...F }`);
  assert.equal(code(hidden), 'UNAUTHENTICATED');
  assert.equal(code(await app.gql(INTROSPECT, {}, customer.accessToken)), 'FORBIDDEN');
  const allowed = await app.gql(INTROSPECT, {}, admin.accessToken);
  assert.deepEqual(allowed.data, { __schema: { queryType: { name: 'Query' } } });
  // __typename is ordinary GraphQL, not introspection.
  assert.equal((await app.gql('{ __typename serverInfo { name } }')).data.__typename, 'Query');
});

test('no "Did you mean" suggestions in production error messages', async () => {
  const field = await app.gql('{ serverInf { name } }');
  assert.equal(code(field), 'GRAPHQL_VALIDATION_FAILED');
  assert.doesNotMatch(field.errors![0].message, /Did you mean/);
  const enumValue = await app.gql('mutation { createSupportRequest(input: { type: NEW_NOD, quantity: 1 }) { id } }', {}, customer.accessToken);
  assert.ok(enumValue.errors!.length > 0);
  for (const e of enumValue.errors!) assert.doesNotMatch(e.message, /Did you mean/);
  const argument = await app.gql('{ users(frist: 1) { totalCount } }', {}, admin.accessToken);
  for (const e of argument.errors!) assert.doesNotMatch(e.message, /Did you mean/);
});

test('an unexpected error is INTERNAL_SERVER_ERROR with a generic message and a request id; no SQL, no stack', async () => {
  await app.gql(`mutation { createSupportRequest(input: { type: OTHER, quantity: 1 }) { id } }`, {}, customer.accessToken);
  // Break the database under the app so the next query fails in a way no code expects.
  await withClient(app.db.url, (c) => c.query('ALTER TABLE support_requests RENAME COLUMN budget TO budget_broken'));
  try {
    const res = await app.gql('{ mySupportRequests { nodes { id budget } } }', {}, customer.accessToken);
    assert.equal(res.errors!.length, 1);
    const [error] = res.errors!;
    assert.equal(error.message, 'Internal server error');
    assert.equal(error.extensions!.code, 'INTERNAL_SERVER_ERROR');
    assert.match(String(error.extensions!.requestId), /^[\w.-]+$/);
    const body = JSON.stringify(res);
    assert.doesNotMatch(body, /budget_broken|SELECT|does not exist|QueryFailedError|stacktrace|\.js:\d+/i);
  } finally {
    await withClient(app.db.url, (c) => c.query('ALTER TABLE support_requests RENAME COLUMN budget_broken TO budget'));
  }
});
