import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { NetworkViewService } from '../../../src/network/network-view.service.js';
import { RefresherService } from '../../../src/jobs/refresher.service.js';
import { registerCustomer } from '../../helpers/accounts.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';

let app: TestApp;
let token: string;
let byStatus: Record<string, number>;

before(async () => {
  app = await startTestApp();
  const session = await registerCustomer(app, 'counts@example.com');
  token = session.accessToken;
  // Two nodes of every status the network shows right now, so jailed and unhealthy ones are among them.
  const view = (await app.running.app.get(NetworkViewService).status()).value;
  const pick: string[] = [];
  for (const status of ['HEALTHY', 'UNHEALTHY', 'JAILED', 'OFFLINE']) {
    pick.push(
      ...Object.values(view.nodes)
        .filter((n) => n.status === status)
        .slice(0, 2)
        .map((n) => n.address),
    );
  }
  await withClient(app.db.url, async (c) => {
    for (const a of pick) {
      const n = await c.query(`INSERT INTO nodes (identifier, identifier_type) VALUES ($1, 'wallet') RETURNING id`, [a]);
      await c.query(`INSERT INTO user_nodes (user_id, node_id) VALUES ($1, $2)`, [session.user.id, n.rows[0].id]);
    }
  });
  const report = await app.running.app.get(RefresherService).refreshNow();
  assert.equal(report.ok, true, report.error ?? 'refresh failed');
  const rows = await withClient(app.db.url, (c) => c.query(`SELECT status, count(*)::int AS n FROM node_stats_cache GROUP BY status`));
  byStatus = Object.fromEntries(rows.rows.map((r: any) => [r.status, r.n]));
});
after(() => app.close());

test('dashboard: active nodes are the HEALTHY ones; jailed, unhealthy and offline need attention', async () => {
  assert.ok((byStatus.jailed ?? 0) + (byStatus.unhealthy ?? 0) > 0, `jailed or unhealthy nodes among the customer's: ${JSON.stringify(byStatus)}`);
  const res = await app.gql(`{ dashboard { activeNodes attentionNodes totalNodes } }`, {}, token);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  const attention = (byStatus.unhealthy ?? 0) + (byStatus.jailed ?? 0) + (byStatus.offline ?? 0);
  assert.deepEqual(res.data.dashboard, {
    activeNodes: byStatus.healthy ?? 0,
    attentionNodes: attention,
    totalNodes: Object.values(byStatus).reduce((a, b) => a + b, 0),
  });
  assert.ok(res.data.dashboard.activeNodes < res.data.dashboard.totalNodes);
});
