import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { code, registerCustomer, type Session } from '../../helpers/accounts.js';
import { ALL, CREATE, createRequest, MINE, ONE, startSupportWorld, UPDATE } from '../../helpers/support-requests.js';
import type { TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';

let app: TestApp;
let alice: Session;
let bob: Session;
let admin: Session;
before(async () => {
  ({ app, alice, bob, admin } = await startSupportWorld());
});
after(() => app.close());

const create = (session: Session, input: Record<string, unknown> = {}) => createRequest(app, session, input);

describe('creating', () => {
  test('a customer creates a request: PENDING, network defaults to GONKA, owner resolved', async () => {
    const r = await create(alice, { gpuType: ' H100 ', budget: '$2-3k / month', comments: 'EU please' });
    assert.equal(r.status, 'PENDING');
    assert.equal(r.network, 'GONKA');
    assert.equal(r.gpuType, 'H100');
    assert.equal(r.quantity, 2);
    assert.equal(r.user.email, 'alice@example.com');
    assert.equal(r.assignee, null);
    const events = await withClient(app.db.url, (c) => c.query(`SELECT kind, user_id FROM activity_events WHERE support_request_id = $1`, [r.id]));
    assert.deepEqual(events.rows, [{ kind: 'request_update', user_id: alice.user.id }]);
  });

  test('validation errors name the field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ quantity: 0 }, 'input.quantity'],
      [{ quantity: 1_000_000_000 }, 'input.quantity'],
      [{ comments: 'c'.repeat(2001) }, 'input.comments'],
      [{ budget: 'b'.repeat(201) }, 'input.budget'],
      [{ gpuType: 'g'.repeat(65) }, 'input.gpuType'],
    ];
    for (const [input, field] of cases) {
      const res = await app.gql(CREATE, { input: { type: 'NEW_NODE', quantity: 1, ...input } }, alice.accessToken);
      assert.equal(code(res), 'BAD_USER_INPUT', field);
      assert.equal(res.errors![0].extensions!.field, field);
      assert.ok(res.errors![0].message.startsWith(field), res.errors![0].message);
    }
    assert.equal((await app.gql(CREATE, { input: { type: 'NEW_NODE', quantity: 1, comments: 'c'.repeat(2000) } }, alice.accessToken)).errors, undefined);
  });

  test('unknown enum values are refused by GraphQL itself', async () => {
    const viaVariables = await app.gql(CREATE, { input: { type: 'MINING_RIG', quantity: 1 } }, alice.accessToken);
    assert.equal(code(viaVariables), 'BAD_USER_INPUT');
    const network = await app.gql(CREATE, { input: { type: 'NEW_NODE', quantity: 1, network: 'ETHEREUM' } }, alice.accessToken);
    assert.equal(code(network), 'BAD_USER_INPUT');
    const inline = await app.gql('mutation { createSupportRequest(input: { type: MINING_RIG, quantity: 1 }) { id } }', {}, alice.accessToken);
    assert.equal(code(inline), 'GRAPHQL_VALIDATION_FAILED');
  });
});

describe('who sees and changes what', () => {
  test('anonymous callers are UNAUTHENTICATED everywhere', async () => {
    const id = (await create(alice)).id;
    assert.equal(code(await app.gql(CREATE, { input: { type: 'OTHER', quantity: 1 } })), 'UNAUTHENTICATED');
    assert.equal(code(await app.gql(MINE, {})), 'UNAUTHENTICATED');
    assert.equal(code(await app.gql(ONE, { id })), 'UNAUTHENTICATED');
    assert.equal(code(await app.gql(ALL, {})), 'UNAUTHENTICATED');
    assert.equal(code(await app.gql(UPDATE, { id, input: { status: 'IN_PROGRESS' } })), 'UNAUTHENTICATED');
  });

  test("customers see only their own; another customer's id is NOT_FOUND on every path", async () => {
    const mine = await create(alice);
    const bobsList = await app.gql(MINE, { first: 100 }, bob.accessToken);
    assert.ok(!bobsList.data.mySupportRequests.nodes.some((n: any) => n.id === mine.id));
    assert.equal(code(await app.gql(ONE, { id: mine.id }, bob.accessToken)), 'NOT_FOUND');
    assert.equal(code(await app.gql(UPDATE, { id: mine.id, input: { status: 'IN_PROGRESS' } }, bob.accessToken)), 'NOT_FOUND');
    assert.equal((await app.gql(ONE, { id: mine.id }, alice.accessToken)).data.supportRequest.id, mine.id);
    assert.equal(code(await app.gql(ONE, { id: '00000000-0000-4000-8000-000000000000' }, alice.accessToken)), 'NOT_FOUND');
    const garbage = await app.gql(ONE, { id: 'not-a-uuid' }, alice.accessToken);
    assert.equal(code(garbage), 'BAD_USER_INPUT');
    assert.equal(garbage.errors![0].extensions!.field, 'id');
  });

  test('customers are FORBIDDEN on admin operations, including updating their own request', async () => {
    const mine = await create(alice);
    assert.equal(code(await app.gql(ALL, {}, alice.accessToken)), 'FORBIDDEN');
    assert.equal(code(await app.gql(UPDATE, { id: mine.id, input: { adminNotes: 'self-approved' } }, alice.accessToken)), 'FORBIDDEN');
    assert.equal((await app.gql(ONE, { id: mine.id }, alice.accessToken)).data.supportRequest.adminNotes, null);
  });

  test('admins see every request and filter by status', async () => {
    const all = await app.gql(ALL, {}, admin.accessToken);
    const emails = new Set(all.data.supportRequests.nodes.map((n: any) => n.user.email));
    assert.ok(emails.has('alice@example.com'));
    const pending = await app.gql(ALL, { status: 'PENDING' }, admin.accessToken);
    assert.equal(pending.data.supportRequests.totalCount, all.data.supportRequests.totalCount);
    assert.equal((await app.gql(ALL, { status: 'COMPLETED' }, admin.accessToken)).data.supportRequests.totalCount, 0);
  });
});

test('mySupportRequests pages newest first', async () => {
  const carol = await registerCustomer(app, 'carol@example.com');
  const ids: string[] = [];
  for (let i = 0; i < 5; i++) ids.push((await create(carol, { quantity: i + 1 })).id);
  const p1 = (await app.gql(MINE, { first: 2 }, carol.accessToken)).data.mySupportRequests;
  const p2 = (await app.gql(MINE, { first: 2, after: p1.pageInfo.endCursor }, carol.accessToken)).data.mySupportRequests;
  const p3 = (await app.gql(MINE, { first: 2, after: p2.pageInfo.endCursor }, carol.accessToken)).data.mySupportRequests;
  assert.equal(p1.totalCount, 5);
  assert.deepEqual(
    [...p1.nodes, ...p2.nodes, ...p3.nodes].map((n: any) => n.id),
    ids.reverse(),
  );
  assert.equal(p3.pageInfo.hasNextPage, false);
});
