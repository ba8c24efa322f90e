import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { CacheService } from '../../src/cache/cache.service.js';
import { HARDWARE_KEY, VIEW_KEY } from '../../src/network/network-view.service.js';
import { RefresherService } from '../../src/jobs/refresher.service.js';
import { registerCustomer } from '../helpers/accounts.js';
import { simFault } from '../helpers/sim.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { withClient } from '../helpers/test-db.js';

let app: TestApp;
let token: string;
let addrs: string[];
/** Identifiers of the customer's nodes the refresher has stored a snapshot for. */
let withSnapshot: string[];

async function link(userId: string, identifiers: string[]): Promise<void> {
  await withClient(app.db.url, async (c) => {
    for (const a of identifiers) {
      const n = await c.query(`INSERT INTO nodes (identifier, identifier_type) VALUES ($1, 'wallet') RETURNING id`, [a]);
      await c.query(`INSERT INTO user_nodes (user_id, node_id) VALUES ($1, $2)`, [userId, n.rows[0].id]);
    }
  });
}

before(async () => {
  app = await startTestApp();
  addrs = app.running.upstreams.simulator!.addresses();
  const session = await registerCustomer(app, 'cold@example.com');
  token = session.accessToken;
  withSnapshot = addrs.slice(0, 4);
  await link(session.user.id, withSnapshot);
  const report = await app.running.app.get(RefresherService).refreshNow();
  assert.equal(report.ok, true, report.error ?? 'refresh failed');
  // Linked after the refresh: nothing stored for these yet.
  await link(session.user.id, addrs.slice(4, 6));
  // Cold cache, as after a restart: only PostgreSQL remembers anything.
  const cache = app.running.app.get(CacheService);
  await cache.delete(VIEW_KEY);
  await cache.delete(HARDWARE_KEY);
});
after(() => app.close());

test('cold cache, hardware_nodes_all failing: the summary cards keep every field but totalGpus', async () => {
  await simFault(app, { route: '/chain-api/productscience/inference/inference/hardware_nodes_all', kind: 'http500' });
  const res = await app.gql(`{ dashboard { activeNodes totalNodes totalGpus earningsMonth pendingRequests } }`, {}, token);
  assert.ok(res.data?.dashboard, `dashboard present: ${JSON.stringify(res)}`);
  const d = res.data.dashboard;
  assert.equal(d.totalGpus, null);
  assert.equal(d.totalNodes, 6);
  assert.equal(typeof d.activeNodes, 'number');
  assert.match(d.earningsMonth, /^\d+\.\d{9}$/);
  assert.equal(d.pendingRequests, 0);
  assert.deepEqual(
    res.errors?.map((e) => [e.path?.join('.'), e.extensions?.code]),
    [['dashboard.totalGpus', 'UPSTREAM_UNAVAILABLE']],
  );
});

// Last: injected 500s on every route open the Gonka breaker for the rest of this app's life.
test('cold cache, every route failing: nodes with a stored snapshot keep their status, the others are UNKNOWN', async () => {
  const stored = await withClient(app.db.url, (c) =>
    c.query(`SELECT n.identifier, upper(s.status) AS status FROM node_stats_cache s JOIN nodes n ON n.id = s.node_id`),
  );
  const storedStatus = new Map(stored.rows.map((r: any) => [r.identifier, r.status]));
  assert.deepEqual([...storedStatus.keys()].sort(), [...withSnapshot].sort());
  await simFault(app, { route: '*', kind: 'http500' });
  const res = await app.gql(`{ myNodes(first: 10) { nodes { identifier status statusReason statsStale } } }`, {}, token);
  assert.ok(res.data?.myNodes, `myNodes present: ${JSON.stringify(res)}`);
  const nodes: any[] = res.data.myNodes.nodes;
  assert.equal(nodes.length, 6, 'no node is hidden');
  for (const n of nodes) {
    if (storedStatus.has(n.identifier)) {
      assert.equal(n.status, storedStatus.get(n.identifier), `${n.identifier}: status of the last snapshot`);
    } else {
      assert.equal(n.status, 'UNKNOWN');
      assert.equal(n.statusReason, 'no data yet');
    }
    assert.equal(n.statsStale, true);
  }
  assert.equal(res.errors, undefined, 'status, reason and staleness have a defined fallback');
  const unknown = await app.gql(`{ myNodes(filter: { status: [UNKNOWN] }) { totalCount nodes { identifier status } } }`, {}, token);
  assert.equal(unknown.errors, undefined, JSON.stringify(unknown.errors));
  assert.deepEqual(unknown.data.myNodes.nodes.map((n: any) => n.identifier).sort(), addrs.slice(4, 6).sort(), 'UNKNOWN finds the nodes with nothing stored');
  assert.equal(unknown.data.myNodes.totalCount, 2);
});
