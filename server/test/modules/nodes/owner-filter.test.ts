/**
 * Admins' `nodes(filter: { ownerId })`: one customer's nodes out of every node (the request → node
 * picker), counted and paged like any filter, each node read as in the unfiltered admin list; a bad
 * id is BAD_USER_INPUT naming the field; `myNodes` refuses it (always the caller's own).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN_ENV, code, loginAdmin, registerCustomer, type Session } from '../../helpers/accounts.js';
import { linkNodes } from '../../helpers/seed.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

const NODES = `query($filter: NodesFilterInput, $first: Int) { nodes(first: $first, filter: $filter) {
  totalCount nodes { id identifier earningsTotal owner { id } } pageInfo { hasNextPage } } }`;

let app: TestApp;
let admin: Session;
let alice: Session;
let bob: Session;
let aliceNodes: string[];

before(async () => {
  app = await startTestApp(ADMIN_ENV);
  admin = await loginAdmin(app);
  alice = await registerCustomer(app, 'owner-filter-alice@example.com');
  bob = await registerCustomer(app, 'owner-filter-bob@example.com');
  const addresses = app.running.upstreams.simulator!.addresses();
  aliceNodes = await linkNodes(app, alice.user.id, addresses.slice(0, 3));
  await linkNodes(app, bob.user.id, addresses.slice(3, 60));
});
after(() => app.close());

test('one owner’s nodes among many, counted and paged; the same fields as the unfiltered list', async () => {
  const res = await app.gql(NODES, { filter: { ownerId: alice.user.id }, first: 2 }, admin.accessToken);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  const page = res.data.nodes;
  assert.equal(page.totalCount, 3);
  assert.equal(page.nodes.length, 2);
  assert.equal(page.pageInfo.hasNextPage, true);
  assert.ok(page.nodes.every((n: any) => n.owner.id === alice.user.id && aliceNodes.includes(n.id)));
  const all = (await app.gql(NODES, { first: 100 }, admin.accessToken)).data.nodes;
  assert.equal(all.totalCount, 60);
  for (const n of page.nodes)
    assert.deepEqual(
      n,
      all.nodes.find((a: any) => a.id === n.id),
    );
  // With another filter: both must match.
  const searched = await app.gql(NODES, { filter: { ownerId: bob.user.id, search: page.nodes[0].identifier } }, admin.accessToken);
  assert.equal(searched.data.nodes.totalCount, 0);
});

test('a bad owner id is BAD_USER_INPUT naming the field; myNodes refuses the filter', async () => {
  const bad = await app.gql(NODES, { filter: { ownerId: 'alice' } }, admin.accessToken);
  assert.equal(code(bad), 'BAD_USER_INPUT');
  assert.match(JSON.stringify(bad.errors?.[0]?.extensions), /ownerId/);
  const mine = await app.gql(
    `query($filter: NodesFilterInput) { myNodes(filter: $filter) { totalCount } }`,
    { filter: { ownerId: bob.user.id } },
    alice.accessToken,
  );
  assert.equal(code(mine), 'BAD_USER_INPUT');
  assert.equal(mine.errors?.[0]?.extensions?.field, 'filter.ownerId');
  assert.equal(code(await app.gql(NODES, { filter: { ownerId: bob.user.id } }, alice.accessToken)), 'FORBIDDEN');
});
