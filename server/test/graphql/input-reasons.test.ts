/**
 * BAD_USER_INPUT says why as a code (`extensions.reason`, with `params`), so clients word it in the
 * user's language (issue #15: no English server text in Russian): from the validation pipe's
 * constraints (limits read from class-validator) and from the services' own checks.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN_ENV, loginAdmin, registerCustomer, type Session } from '../helpers/accounts.js';
import { linkNodes } from '../helpers/seed.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let app: TestApp;
let admin: Session;
let alice: Session;
let node: string;

const extensions = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions ?? {};
const CREATE = `mutation($input: CreateSupportRequestInput!) { createSupportRequest(input: $input) { id } }`;

before(async () => {
  app = await startTestApp(ADMIN_ENV);
  admin = await loginAdmin(app);
  alice = await registerCustomer(app, 'reasons@example.com');
  [node] = await linkNodes(app, alice.user.id, [app.running.upstreams.simulator!.addresses()[0]]);
});
after(() => app.close());

test('validation pipe: the constraint as a reason, with its limit', async () => {
  const tooMany = await app.gql(CREATE, { input: { type: 'NEW_NODE', quantity: 101 } }, alice.accessToken);
  assert.deepEqual(extensions(tooMany), { code: 'BAD_USER_INPUT', field: 'input.quantity', reason: 'TOO_LARGE', params: { limit: 100 } });
  const tooFew = await app.gql(CREATE, { input: { type: 'NEW_NODE', quantity: 0 } }, alice.accessToken);
  assert.deepEqual(extensions(tooFew), { code: 'BAD_USER_INPUT', field: 'input.quantity', reason: 'TOO_SMALL', params: { limit: 1 } });
  const long = await app.gql(CREATE, { input: { type: 'NEW_NODE', quantity: 1, comments: 'x'.repeat(5001) } }, alice.accessToken);
  assert.equal(extensions(long).reason, 'TOO_LONG');
  assert.equal(typeof (extensions(long).params as { limit: number }).limit, 'number');
  const badId = await app.gql(
    `mutation($input: AssignNodeInput!) { assignNode(input: $input) { id } }`,
    { input: { identifier: 'gonka1nope', identifierType: 'WALLET', userId: alice.user.id } },
    admin.accessToken,
  );
  assert.deepEqual([extensions(badId).field, extensions(badId).reason], ['input.identifier', 'BAD_IDENTIFIER']);
});

test('services: their own reasons and numbers', async () => {
  const SET = `mutation($input: SetNodeRentInput!) { setNodeRent(input: $input) { id } }`;
  const rent = await app.gql(SET, { input: { nodeIds: [node], amount: '20000', currency: 'USD', period: 'HOUR', validFrom: '2026-01-01' } }, admin.accessToken);
  assert.deepEqual(extensions(rent), { code: 'BAD_USER_INPUT', field: 'input.amount', reason: 'TOO_LARGE', params: { limit: 10000 } });
  const farMute = await app.gql(
    `mutation($id: ID!, $until: DateTime!) { muteNode(id: $id, until: $until) { id } }`,
    { id: node, until: new Date(Date.now() + 400 * 86_400_000).toISOString() },
    alice.accessToken,
  );
  assert.equal(extensions(farMute).reason, 'TOO_FAR');
  assert.equal(typeof (extensions(farMute).params as { days: number }).days, 'number');
  const future = await app.gql(`query($m: String!) { statement(month: $m) { month } }`, { m: '2999-01' }, alice.accessToken);
  assert.deepEqual([extensions(future).field, extensions(future).reason], ['month', 'IN_FUTURE']);
  // Anything else still carries one (INVALID): a client words it generically rather than show English.
  const cursor = await app.gql(`{ myNodes(after: "not-a-cursor") { totalCount } }`, {}, alice.accessToken);
  assert.deepEqual([extensions(cursor).code, extensions(cursor).reason], ['BAD_USER_INPUT', 'INVALID']);
});
