import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN_EMAIL, ADMIN_ENV, code, loginAdmin, registerCustomer, type Session } from '../../helpers/accounts.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

/**
 * The authorization matrix: every query and mutation that touches accounts' data, for anonymous,
 * customer A (the owner), customer B (a stranger) and an admin. Each cell states the expected
 * outcome: 'ok', or the error code. B must never learn that A's objects exist (NOT_FOUND).
 */
type Role = 'anon' | 'a' | 'b' | 'admin';
type Expect = Record<Role, 'ok' | string>;

let app: TestApp;
const sessions: Partial<Record<Role, Session>> = {};
let aNodeId = '';
let aRequestId = '';

before(async () => {
  app = await startTestApp(ADMIN_ENV);
  sessions.admin = await loginAdmin(app);
  sessions.a = await registerCustomer(app, 'owner-a@example.com');
  sessions.b = await registerCustomer(app, 'stranger-b@example.com');
  const addr = app.running.upstreams.simulator!.addresses()[0];
  const n = await app.gql(
    `mutation($i: AssignNodeInput!) { assignNode(input: $i) { id } }`,
    { i: { identifier: addr, identifierType: 'WALLET', userId: sessions.a.user.id } },
    sessions.admin.accessToken,
  );
  aNodeId = n.data.assignNode.id;
  const r = await app.gql(`mutation { createSupportRequest(input: {type: NEW_NODE, quantity: 2}) { id } }`, {}, sessions.a.accessToken);
  aRequestId = r.data.createSupportRequest.id;
  // Handled by the admin: the request leads to another account (the admin's).
  await app.gql(
    `mutation($id: ID!, $me: ID!) { updateSupportRequest(id: $id, input: {assignedToId: $me}) { id } }`,
    { id: aRequestId, me: sessions.admin.user.id },
    sessions.admin.accessToken,
  );
});
after(() => app.close());

const OWNED: Expect = { anon: 'UNAUTHENTICATED', a: 'ok', b: 'NOT_FOUND', admin: 'ok' };
const SIGNED_IN: Expect = { anon: 'UNAUTHENTICATED', a: 'ok', b: 'ok', admin: 'ok' };
const ADMIN_ONLY: Expect = { anon: 'UNAUTHENTICATED', a: 'FORBIDDEN', b: 'FORBIDDEN', admin: 'ok' };

const cases: Array<[string, () => [string, Record<string, unknown>], Expect]> = [
  ['me', () => [`{ me { id email } }`, {}], SIGNED_IN],
  ['dashboard', () => [`{ dashboard { totalNodes recentActivity { totalCount } } }`, {}], SIGNED_IN],
  ['myNodes', () => [`{ myNodes { totalCount } }`, {}], SIGNED_IN],
  ['mySupportRequests', () => [`{ mySupportRequests { totalCount } }`, {}], SIGNED_IN],
  [
    'node(id) and its nested fields',
    () => [`query($id: ID!) { node(id: $id) { id status earningsTotal earnings { amount } statusHistory { at } hardware { totalGpus } } }`, { id: aNodeId }],
    OWNED,
  ],
  ['supportRequest(id) and nested user', () => [`query($id: ID!) { supportRequest(id: $id) { id status user { email } } }`, { id: aRequestId }], OWNED],
  ['supportRequest(id) assignee: public name', () => [`query($id: ID!) { supportRequest(id: $id) { assignee { displayName } } }`, { id: aRequestId }], OWNED],
  [
    "supportRequest(id) assignedTo: the admin's account, admins only",
    () => [`query($id: ID!) { supportRequest(id: $id) { assignedTo { email telegram } } }`, { id: aRequestId }],
    { anon: 'UNAUTHENTICATED', a: 'FORBIDDEN', b: 'NOT_FOUND', admin: 'ok' },
  ],
  [
    'mySupportRequests assignedTo, admins only',
    () => [`{ mySupportRequests { nodes { assignedTo { email } } } }`, {}],
    { anon: 'UNAUTHENTICATED', a: 'FORBIDDEN', b: 'ok', admin: 'ok' },
  ],
  ['users', () => [`{ users { totalCount } }`, {}], ADMIN_ONLY],
  ['nodes', () => [`{ nodes { totalCount } }`, {}], ADMIN_ONLY],
  ['supportRequests', () => [`{ supportRequests { totalCount } }`, {}], ADMIN_ONLY],
  ['systemStats', () => [`{ systemStats { users } }`, {}], ADMIN_ONLY],
  [
    'updateSupportRequest (notes only)',
    () => [`mutation($id: ID!) { updateSupportRequest(id: $id, input: {adminNotes: "checked"}) { id } }`, { id: aRequestId }],
    { anon: 'UNAUTHENTICATED', a: 'FORBIDDEN', b: 'NOT_FOUND', admin: 'ok' },
  ],
  [
    'unassignNode (unknown node)',
    () => [`mutation { unassignNode(input: {nodeId: "00000000-0000-4000-8000-000000000000"}) { id } }`, {}],
    { anon: 'UNAUTHENTICATED', a: 'FORBIDDEN', b: 'FORBIDDEN', admin: 'NOT_FOUND' },
  ],
  [
    'assignNode (validation after authorization)',
    () => [`mutation { assignNode(input: {identifier: "bad", identifierType: WALLET, userId: "00000000-0000-4000-8000-000000000000"}) { id } }`, {}],
    { anon: 'UNAUTHENTICATED', a: 'FORBIDDEN', b: 'FORBIDDEN', admin: 'BAD_USER_INPUT' },
  ],
  ['updateProfile', () => [`mutation { updateProfile(input: {telegram: "@me"}) { telegram } }`, {}], SIGNED_IN],
  ['createSupportRequest', () => [`mutation { createSupportRequest(input: {type: SUPPORT, quantity: 1}) { id } }`, {}], SIGNED_IN],
];

for (const [name, build, expect] of cases) {
  test(`authorization: ${name}`, async () => {
    for (const role of ['anon', 'a', 'b', 'admin'] as Role[]) {
      const [query, variables] = build();
      const res = await app.gql(query, variables, sessions[role]?.accessToken);
      const got = res.errors ? code(res) : 'ok';
      assert.equal(got, expect[role], `${name} as ${role}: ${JSON.stringify(res.errors ?? res.data)}`);
      if (got !== 'ok') assert.ok(!JSON.stringify(res.data ?? {}).includes('owner-a@'), 'no data leaks with the error');
      if (role !== 'admin') assert.ok(!JSON.stringify(res.data ?? {}).includes(ADMIN_EMAIL), "no admin's email reaches a customer");
    }
  });
}

test("B's lists never contain A's objects", async () => {
  const b = sessions.b!.accessToken;
  const nodes = await app.gql(`{ myNodes { nodes { id } } }`, {}, b);
  assert.ok(!nodes.data.myNodes.nodes.some((n: any) => n.id === aNodeId));
  const reqs = await app.gql(`{ mySupportRequests { nodes { id } } }`, {}, b);
  assert.ok(!reqs.data.mySupportRequests.nodes.some((r: any) => r.id === aRequestId));
  const feed = await app.gql(`{ dashboard { recentActivity { nodes { nodeId supportRequestId } } } }`, {}, b);
  assert.ok(!feed.data.dashboard.recentActivity.nodes.some((e: any) => e.nodeId === aNodeId || e.supportRequestId === aRequestId));
});
