import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { CacheService } from '../../../src/cache/cache.service.js';
import { HARDWARE_KEY, VIEW_KEY } from '../../../src/network/network-view.service.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';
import { repeated, simReset, simStats } from '../../helpers/sim.js';

let app: TestApp;
let token: string;
let otherToken: string;

async function registerWithNodes(email: string, identifiers: string[]): Promise<string> {
  const res = await app.gql(`mutation($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }`, {
    input: { email, password: 'correct-horse-battery' },
  });
  assert.ok(res.data?.register, JSON.stringify(res.errors));
  const userId = res.data.register.user.id;
  await withClient(app.db.url, async (c) => {
    for (const identifier of identifiers) {
      const n = await c.query(`INSERT INTO nodes (identifier, identifier_type) VALUES ($1, 'wallet') RETURNING id`, [identifier]);
      await c.query(`INSERT INTO user_nodes (user_id, node_id) VALUES ($1, $2)`, [userId, n.rows[0].id]);
    }
  });
  return res.data.register.accessToken;
}

before(async () => {
  app = await startTestApp();
  const addrs = app.running.upstreams.simulator!.addresses();
  token = await registerWithNodes('fifty@example.com', addrs.slice(0, 50));
  otherToken = await registerWithNodes('other@example.com', addrs.slice(50, 52));
});
after(() => app.close());
beforeEach(async () => {
  const cache = app.running.app.get(CacheService);
  await cache.delete(VIEW_KEY);
  await cache.delete(HARDWARE_KEY);
  await simReset(app);
});

test('fields that are not asked for cost no upstream call', async () => {
  const res = await app.gql(`{ myNodes(first: 50) { totalCount nodes { id identifier displayName } } }`, {}, token);
  assert.equal(res.data.myNodes.totalCount, 50);
  assert.equal(res.data.myNodes.nodes.length, 50);
  assert.deepEqual(await simStats(app), {});
});

test('status and stats for 50 nodes: one batch, one call per bulk route, hardware untouched', async () => {
  const res = await app.gql(
    `{ myNodes(first: 50) { nodes { identifier status statusReason tokensPerSec jobsDay activeModel weight statsStale statsFetchedAt earningsDay earningsTotal uptimePercent } } }`,
    {},
    token,
  );
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  const nodes = res.data.myNodes.nodes;
  assert.equal(nodes.length, 50);
  assert.ok(nodes.every((n: any) => ['HEALTHY', 'UNHEALTHY', 'JAILED', 'OFFLINE'].includes(n.status) && n.statusReason));
  assert.ok(
    nodes.every((n: any) => /^\d+\.\d{9}$/.test(n.earningsTotal)),
    'GNK amounts are exact decimal strings',
  );
  const stats = await simStats(app);
  assert.deepEqual(repeated(stats), {});
  assert.equal(Object.keys(stats).filter((k) => k.includes('hardware')).length, 0);
});

test('200 concurrent dashboard queries over a cold cache → one upstream call per route', async () => {
  const q = `{ myNodes(first: 50) { nodes { identifier status tokensPerSec } } }`;
  const all = await Promise.all(Array.from({ length: 200 }, () => app.gql(q, {}, token)));
  assert.ok(all.every((r) => !r.errors && r.data.myNodes.nodes.length === 50));
  assert.deepEqual(repeated(await simStats(app)), {});
});

test('hardware for many nodes is one bulk call', async () => {
  const res = await app.gql(`{ myNodes(first: 50) { nodes { hardware { totalGpus gpus { type count } } } } }`, {}, token);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  const hw = Object.entries(await simStats(app)).filter(([k]) => k.includes('hardware'));
  assert.deepEqual(
    hw.map(([, n]) => n),
    [1],
  );
});

test('node(id): owner sees it; another customer gets NOT_FOUND; anonymous gets UNAUTHENTICATED', async () => {
  const mine = await app.gql(`{ myNodes(first: 1) { nodes { id } } }`, {}, token);
  const id = mine.data.myNodes.nodes[0].id;
  const own = await app.gql(`query($id: ID!) { node(id: $id) { id identifier } }`, { id }, token);
  assert.equal(own.data.node.id, id);
  const other = await app.gql(`query($id: ID!) { node(id: $id) { id } }`, { id }, otherToken);
  assert.equal(other.errors?.[0].extensions?.code, 'NOT_FOUND');
  const garbage = await app.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: 'not-a-uuid' }, token);
  assert.equal(garbage.errors?.[0].extensions?.code, 'NOT_FOUND');
  const anon = await app.gql(`{ myNodes { totalCount } }`);
  assert.equal(anon.errors?.[0].extensions?.code, 'UNAUTHENTICATED');
  const theirs = await app.gql(`{ myNodes { totalCount } }`, {}, otherToken);
  assert.equal(theirs.data.myNodes.totalCount, 2, 'each customer sees only their own nodes');
});

test('live fields asked through fragments or edges get the same answers as a plain selection, one call per route', async () => {
  // Earnings inside and outside the 24-hour window, so day and total differ and are not all zero.
  await withClient(app.db.url, (c) =>
    c.query(`INSERT INTO earnings_history (node_id, epoch, date, settled_at, earnings_gnk, claimed, source)
             SELECT un.node_id, e.epoch, (e.at AT TIME ZONE 'UTC')::date, e.at, (e.epoch * 1.000000007 + random())::numeric(30, 9), false, 'gonka_api'
             FROM user_nodes un JOIN users u ON u.id = un.user_id AND u.email = 'fifty@example.com',
                  (VALUES (1, now() - interval '3 days'), (2, now() - interval '2 hours')) AS e(epoch, at)
             ON CONFLICT DO NOTHING`),
  );
  const plain = await app.gql(`{ myNodes(first: 50) { nodes { id status tokensPerSec earningsDay earningsTotal uptimePercent } } }`, {}, token);
  assert.equal(plain.errors, undefined, JSON.stringify(plain.errors));
  await simReset(app);
  await app.running.app.get(CacheService).delete(VIEW_KEY);
  const viaFragments = await app.gql(
    `fragment Live on Node { status tokensPerSec }
     fragment Row on Node { id ...Live ... on Node { earningsDay earningsTotal uptimePercent } }
     { myNodes(first: 50) { totalCount edges { cursor node { ...Row } } } }`,
    {},
    token,
  );
  assert.equal(viaFragments.errors, undefined, JSON.stringify(viaFragments.errors));
  assert.equal(viaFragments.data.myNodes.totalCount, 50);
  assert.deepEqual(
    viaFragments.data.myNodes.edges.map((e: any) => e.node),
    plain.data.myNodes.nodes,
  );
  assert.deepEqual(repeated(await simStats(app)), {}, 'one batch per route, not one per field or node');
  // The list reads earnings in its own query; node(id) reads them through the loader: same numbers.
  assert.ok(
    plain.data.myNodes.nodes.every((n: any) => Number(n.earningsTotal) > 3),
    'both epochs counted',
  );
  for (const listed of plain.data.myNodes.nodes.slice(0, 5)) {
    const one = await app.gql(`query($id: ID!) { node(id: $id) { id status tokensPerSec earningsDay earningsTotal uptimePercent } }`, { id: listed.id }, token);
    assert.ok(Number(listed.earningsDay) > 1 && Number(listed.earningsDay) < Number(listed.earningsTotal), 'day holds only the recent epoch');
    assert.deepEqual(one.data.node, listed);
  }
});

test('node lists page without gaps or repeats in every order, with the same totalCount on every page', async () => {
  const orders = [null, { field: 'CREATED_AT', direction: 'ASC' }, { field: 'NAME', direction: 'DESC' }, { field: 'EARNINGS_TOTAL', direction: 'ASC' }];
  const all = await app.gql(`{ myNodes(first: 100) { nodes { id } } }`, {}, token);
  const expected = all.data.myNodes.nodes.map((n: any) => n.id).sort();
  for (const orderBy of orders) {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res: any = await app.gql(
        `query($orderBy: NodeOrderInput, $after: String) { myNodes(first: 15, orderBy: $orderBy, after: $after) {
           totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { id } } }`,
        { orderBy, after },
        token,
      );
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const conn = res.data.myNodes;
      assert.equal(conn.totalCount, 50, `totalCount on page ${page} (${JSON.stringify(orderBy)})`);
      assert.equal(conn.pageInfo.hasPreviousPage, page > 0);
      seen.push(...conn.nodes.map((n: any) => n.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    assert.equal(new Set(seen).size, seen.length, `no repeats (${JSON.stringify(orderBy)})`);
    assert.deepEqual([...seen].sort(), expected, `no gaps (${JSON.stringify(orderBy)})`);
  }
  const pastTheEnd = await app.gql(
    `query($after: String) { myNodes(first: 5, orderBy: {field: NAME}, after: $after) { totalCount nodes { id } } }`,
    { after: Buffer.from('o:49').toString('base64url') },
    token,
  );
  assert.deepEqual(pastTheEnd.data.myNodes, { totalCount: 50, nodes: [] }, 'an empty page still counts');
  const tampered = await app.gql(`{ myNodes(after: "bm9wZQ") { totalCount } }`, {}, token);
  assert.equal(tampered.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
});
