import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { CacheService } from '../../../src/cache/cache.service.js';
import { HARDWARE_KEY } from '../../../src/network/network-view.service.js';
import { RefresherService } from '../../../src/jobs/refresher.service.js';
import { ADMIN_ENV, loginAdmin, registerCustomer } from '../../helpers/accounts.js';
import { simFault } from '../../helpers/sim.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';

let app: TestApp;
let customer: string;
let admin: string;
/** Identifier → the GPU types the node table shows for it (its `hardware` field). */
let shown: Map<string, string[]>;

before(async () => {
  app = await startTestApp(ADMIN_ENV);
  const session = await registerCustomer(app, 'gpus@example.com');
  customer = session.accessToken;
  admin = (await loginAdmin(app)).accessToken;
  const addrs = app.running.upstreams.simulator!.addresses().slice(0, 40);
  await withClient(app.db.url, async (c) => {
    for (const a of addrs) {
      const n = await c.query(`INSERT INTO nodes (identifier, identifier_type) VALUES ($1, 'wallet') RETURNING id`, [a]);
      await c.query(`INSERT INTO user_nodes (user_id, node_id) VALUES ($1, $2)`, [session.user.id, n.rows[0].id]);
    }
    // A node nobody owns, so the admin list has more than the customer's.
    await c.query(`INSERT INTO nodes (identifier, identifier_type) VALUES ($1, 'wallet')`, [app.running.upstreams.simulator!.addresses()[60]]);
  });
  const report = await app.running.app.get(RefresherService).refreshNow();
  assert.equal(report.ok, true, report.error ?? 'refresh failed');
  const table = await app.gql(`{ myNodes(first: 100) { nodes { identifier hardware { gpus { type } } } } }`, {}, customer);
  assert.equal(table.errors, undefined, JSON.stringify(table.errors));
  shown = new Map(table.data.myNodes.nodes.map((n: any) => [n.identifier, (n.hardware?.gpus ?? []).map((g: any) => g.type)]));
});
after(() => app.close());

const expected = (text: string) =>
  [...shown]
    .filter(([, types]) => types.some((t) => t.toLowerCase().includes(text.toLowerCase())))
    .map(([id]) => id)
    .sort();

async function filtered(field: 'myNodes' | 'nodes', gpuType: string, token: string): Promise<{ ids: string[]; totalCount: number }> {
  const res = await app.gql(
    `query ($gpu: String) { ${field}(first: 100, filter: { gpuType: $gpu }) { totalCount nodes { identifier } } }`,
    { gpu: gpuType },
    token,
  );
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return { ids: res.data[field].nodes.map((n: any) => n.identifier).sort(), totalCount: res.data[field].totalCount };
}

test('myNodes gpuType filter matches the GPU models the nodes report, case-insensitive substring', async () => {
  const h200 = expected('H200');
  assert.ok(h200.length > 0 && h200.length < shown.size, `the simulator gives some (not all) H200 hosts: ${h200.length}`);
  for (const text of ['h200', 'H20', 'H200']) {
    const got = await filtered('myNodes', text, customer);
    assert.deepEqual(got.ids, expected(text), `filter ${text}`);
    assert.equal(got.totalCount, got.ids.length);
  }
  const b200 = await filtered('myNodes', 'b200', customer);
  assert.deepEqual(b200.ids, expected('B200'));
  assert.ok(
    b200.ids.every((id) => !h200.includes(id)),
    'other models are not matched',
  );
  assert.deepEqual((await filtered('myNodes', '100%', customer)).ids, [], 'LIKE wildcards are text');
});

test('admin nodes gpuType filter matches reported models too', async () => {
  const got = await filtered('nodes', 'h200', admin);
  assert.deepEqual(got.ids, expected('H200'));
  assert.equal(got.totalCount, expected('H200').length);
});

// Last: injected 500s may open the Gonka breaker for the rest of this app's life.
test('a refresh whose hardware list fails keeps the stored GPU models', async () => {
  await app.running.app.get(CacheService).delete(HARDWARE_KEY);
  await simFault(app, { route: '/chain-api/productscience/inference/inference/hardware_nodes_all', kind: 'http500' });
  const report = await app.running.app.get(RefresherService).refreshNow();
  assert.equal(report.ok, true, report.error ?? 'refresh failed');
  assert.deepEqual((await filtered('myNodes', 'h200', customer)).ids, expected('H200'));
});
