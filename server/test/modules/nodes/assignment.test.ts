import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { RefresherService } from '../../../src/jobs/refresher.service.js';
import { ADMIN_ENV, code, loginAdmin, registerCustomer, type Session } from '../../helpers/accounts.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';

let app: TestApp;
let admin: Session;
let alice: Session;
let bob: Session;
let addrs: string[];

const ASSIGN = `mutation($input: AssignNodeInput!) { assignNode(input: $input) { id identifier displayName } }`;
const assign = (token: string, input: Record<string, unknown>) => app.gql(ASSIGN, { input }, token);

before(async () => {
  app = await startTestApp(ADMIN_ENV);
  admin = await loginAdmin(app);
  alice = await registerCustomer(app, 'alice@example.com');
  bob = await registerCustomer(app, 'bob@example.com');
  addrs = app.running.upstreams.simulator!.addresses();
});
after(() => app.close());

test('support assigns a node → the customer sees it with live stats, and the feed says so', async () => {
  const res = await assign(admin.accessToken, {
    identifier: addrs[0],
    identifierType: 'WALLET',
    userId: alice.user.id,
    displayName: 'rig-01',
    gpuType: '8x H100',
  });
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  const mine = await app.gql(`{ myNodes { totalCount nodes { displayName identifier status statusReason weight } } }`, {}, alice.accessToken);
  assert.equal(mine.data.myNodes.totalCount, 1);
  const node = mine.data.myNodes.nodes[0];
  assert.equal(node.displayName, 'rig-01');
  assert.ok(['HEALTHY', 'UNHEALTHY', 'JAILED', 'OFFLINE'].includes(node.status) && node.statusReason);
  const feed = await app.gql(`{ dashboard { recentActivity(first: 5) { nodes { kind message } } } }`, {}, alice.accessToken);
  assert.equal(feed.data.dashboard.recentActivity.nodes[0].kind, 'ASSIGNMENT');
  assert.match(feed.data.dashboard.recentActivity.nodes[0].message, /rig-01/);
  const rows = await withClient(app.db.url, (c) => c.query(`SELECT assigned_by FROM user_nodes`));
  assert.equal(rows.rows[0].assigned_by, admin.user.id, 'audit: who assigned');
});

test('concurrent assignNode of one identifier → exactly one assignment, the others CONFLICT', async () => {
  const results = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      assign(admin.accessToken, { identifier: addrs[1], identifierType: 'WALLET', userId: i % 2 ? alice.user.id : bob.user.id }),
    ),
  );
  assert.equal(results.filter((r) => !r.errors).length, 1);
  assert.ok(results.filter((r) => r.errors).every((r) => code(r) === 'CONFLICT'));
  const links = await withClient(app.db.url, (c) =>
    c.query(`SELECT 1 FROM user_nodes un JOIN nodes n ON n.id = un.node_id WHERE n.identifier = $1`, [addrs[1]]),
  );
  assert.equal(links.rowCount, 1);
});

test('bad assignment input is BAD_USER_INPUT naming the field', async () => {
  const bad = await assign(admin.accessToken, { identifier: 'gonka1notanaddress', identifierType: 'WALLET', userId: alice.user.id });
  assert.equal(code(bad), 'BAD_USER_INPUT');
  assert.equal(bad.errors![0].extensions!.field, 'input.identifier');
  const wrongHrp = await assign(admin.accessToken, { identifier: addrs[2].replace(/^gonka1/, 'cosmos1'), identifierType: 'WALLET', userId: alice.user.id });
  assert.equal(wrongHrp.errors![0].extensions!.field, 'input.identifier');
  const noUser = await assign(admin.accessToken, { identifier: addrs[2], identifierType: 'WALLET', userId: '00000000-0000-4000-8000-000000000000' });
  assert.equal(noUser.errors![0].extensions!.field, 'input.userId');
  const longName = await assign(admin.accessToken, { identifier: addrs[2], identifierType: 'WALLET', userId: alice.user.id, displayName: 'x'.repeat(101) });
  assert.equal(longName.errors![0].extensions!.field, 'input.displayName');
  const enumBad = await app.gql(`mutation { assignNode(input: {identifier: "x", identifierType: PLANET, userId: "1"}) { id } }`, {}, admin.accessToken);
  assert.ok(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT'].includes(code(enumBad)!));
});

test('authorization: customers cannot assign or list all nodes; anonymous is UNAUTHENTICATED', async () => {
  const asCustomer = await assign(alice.accessToken, { identifier: addrs[3], identifierType: 'WALLET', userId: alice.user.id });
  assert.equal(code(asCustomer), 'FORBIDDEN');
  assert.equal(code(await app.gql(`{ nodes { totalCount } }`, {}, alice.accessToken)), 'FORBIDDEN');
  assert.equal(
    code(await app.gql(`mutation { unassignNode(input: {nodeId: "00000000-0000-4000-8000-000000000000"}) { id } }`, {}, bob.accessToken)),
    'FORBIDDEN',
  );
  assert.equal(code(await app.gql(`{ nodes { totalCount } }`)), 'UNAUTHENTICATED');
  assert.equal(code(await app.gql(`{ dashboard { activeNodes } }`)), 'UNAUTHENTICATED');
  const all = await app.gql(`{ nodes(first: 10) { totalCount } }`, {}, admin.accessToken);
  assert.equal(all.data.nodes.totalCount, 2);
});

test("a customer never reaches another customer's node, its history or its earnings", async () => {
  const aliceNode = (await app.gql(`{ myNodes { nodes { id } } }`, {}, alice.accessToken)).data.myNodes.nodes[0].id;
  const probe = await app.gql(
    `query($id: ID!) { node(id: $id) { id earnings { amount } statusHistory { at } earningsTotal } }`,
    { id: aliceNode },
    bob.accessToken,
  );
  assert.equal(code(probe), 'NOT_FOUND');
  assert.equal(probe.data, null);
  const asAdmin = await app.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: aliceNode }, admin.accessToken);
  assert.equal(asAdmin.data.node.id, aliceNode);
});

test('dashboard, filters, ordering and history after a refresh', async () => {
  for (const [i, a] of addrs.slice(4, 8).entries()) {
    const r = await assign(admin.accessToken, { identifier: a, identifierType: 'WALLET', userId: alice.user.id, displayName: `box-${i}` });
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
  }
  const report = await app.running.app.get(RefresherService).refreshNow();
  assert.equal(report.ok, true, report.error ?? 'refresh failed');
  const d = await app.gql(
    `{ dashboard { activeNodes totalNodes totalGpus earningsMonth pendingRequests earningsSeries(granularity: DAY) { periodStart amount } } }`,
    {},
    alice.accessToken,
  );
  assert.equal(d.errors, undefined, JSON.stringify(d.errors));
  assert.equal(d.data.dashboard.totalNodes, 5);
  assert.ok(d.data.dashboard.totalGpus > 0);
  assert.match(d.data.dashboard.earningsMonth, /^\d+\.\d{9}$/);
  assert.ok(d.data.dashboard.earningsSeries.length >= 1);

  const byName = await app.gql(
    `{ myNodes(orderBy: {field: NAME, direction: DESC}, first: 2) { nodes { displayName } pageInfo { hasNextPage endCursor } } }`,
    {},
    alice.accessToken,
  );
  assert.deepEqual(
    byName.data.myNodes.nodes.map((n: any) => n.displayName),
    ['rig-01', 'box-3'],
  );
  const next = await app.gql(
    `query($after: String) { myNodes(orderBy: {field: NAME, direction: DESC}, first: 2, after: $after) { nodes { displayName } } }`,
    { after: byName.data.myNodes.pageInfo.endCursor },
    alice.accessToken,
  );
  assert.deepEqual(
    next.data.myNodes.nodes.map((n: any) => n.displayName),
    ['box-2', 'box-1'],
  );
  const search = await app.gql(`{ myNodes(filter: {search: "box-"}) { totalCount } }`, {}, alice.accessToken);
  assert.equal(search.data.myNodes.totalCount, 4);
  const statuses = (await app.gql(`{ myNodes { nodes { status } } }`, {}, alice.accessToken)).data.myNodes.nodes.map((n: any) => n.status);
  const healthy = await app.gql(`{ myNodes(filter: {status: [HEALTHY]}) { totalCount } }`, {}, alice.accessToken);
  assert.equal(healthy.data.myNodes.totalCount, statuses.filter((s: string) => s === 'HEALTHY').length);
  const badCursor = await app.gql(`{ myNodes(after: "garbage") { totalCount } }`, {}, alice.accessToken);
  assert.equal(code(badCursor), 'BAD_USER_INPUT');

  const node = await app.gql(
    `{ myNodes(filter: {search: "rig-01"}) { nodes { earningsTotal earnings(granularity: EPOCH) { epoch amount } statusHistory { newStatus } uptimePercent } } }`,
    {},
    alice.accessToken,
  );
  const n = node.data.myNodes.nodes[0];
  const sum = n.earnings.reduce((s: bigint, p: any) => s + BigInt(p.amount.replace('.', '')), 0n);
  assert.equal(sum, BigInt(n.earningsTotal.replace('.', '')), 'per-epoch series adds up to the total, to the ngonka');
  assert.ok(n.statusHistory.length >= 1);
  assert.equal(typeof n.uptimePercent, 'number');
  const badRange = await app.gql(
    `{ myNodes { nodes { earnings(range: {from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z"}) { amount } } } }`,
    {},
    alice.accessToken,
  );
  assert.equal(code(badRange), 'BAD_USER_INPUT');
});

test('unassign removes the node from the customer and keeps its history', async () => {
  const id = (await app.gql(`{ myNodes(filter: {search: "box-0"}) { nodes { id } } }`, {}, alice.accessToken)).data.myNodes.nodes[0].id;
  const res = await app.gql(`mutation($input: UnassignNodeInput!) { unassignNode(input: $input) { id } }`, { input: { nodeId: id } }, admin.accessToken);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  assert.equal(code(await app.gql(`query($id: ID!) { node(id: $id) { id } }`, { id }, alice.accessToken)), 'NOT_FOUND');
  const kept = await withClient(app.db.url, (c) => c.query(`SELECT count(*)::int AS n FROM earnings_history WHERE node_id = $1`, [id]));
  assert.ok(kept.rows[0].n > 0);
  const again = await app.gql(`mutation($input: UnassignNodeInput!) { unassignNode(input: $input) { id } }`, { input: { nodeId: id } }, admin.accessToken);
  assert.equal(code(again), 'NOT_FOUND');
});

test('systemStats: admins see counts, upstream health, cache and the last refresh; customers are FORBIDDEN', async () => {
  const res = await app.gql(
    `{ systemStats { users admins nodes trackedNodes pendingSupportRequests demoMode cacheBackend cacheHealthy cacheHitRate upstreams { source host breaker } lastRefresh { ok trackedNodes } } }`,
    {},
    admin.accessToken,
  );
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  const s = res.data.systemStats;
  assert.equal(s.users, 3);
  assert.equal(s.admins, 1);
  assert.equal(s.demoMode, true);
  assert.equal(s.cacheBackend, process.env.REDIS_URL ? 'redis' : 'memory');
  assert.ok(s.cacheHitRate === null || (s.cacheHitRate >= 0 && s.cacheHitRate <= 1));
  assert.ok(s.upstreams.some((u: any) => u.source === 'gonka_api' && u.breaker === 'closed'));
  assert.equal(s.lastRefresh.ok, true);
  assert.equal(code(await app.gql(`{ systemStats { users } }`, {}, alice.accessToken)), 'FORBIDDEN');
});
