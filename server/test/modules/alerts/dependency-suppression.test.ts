/**
 * Dependency-aware suppression: when the portal's own source is the problem — the network cannot
 * be read, or most tracked nodes drop out at once — no per-node alert opens and each admin gets one
 * SYSTEM_UPSTREAM_DOWN; it resolves when the source is back. Three failed refreshes in a row raise
 * SYSTEM_REFRESHER_FAILING, and a success resolves it.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { RefresherService } from '../../../src/jobs/refresher.service.js';
import { REFRESHER_FAILURES_BEFORE_ALERT } from '../../../src/modules/alerts/alert-evaluator.service.js';
import { ADMIN_ENV, loginAdmin, registerAdmin, registerCustomer, type Session } from '../../helpers/accounts.js';
import { linkNodes } from '../../helpers/seed.js';
import { simClearFaults, simFault, simReset } from '../../helpers/sim.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { q, refresh, scriptHost } from './alerts-helpers.js';

let app: TestApp;
let admins: Session[];
let customer: Session;
const NODE_KINDS = ['NODE_UNHEALTHY', 'NODE_JAILED', 'NODE_OFFLINE', 'EPOCH_AT_RISK'];

const openOf = (kind: string) => q(app, `SELECT user_id, params FROM alerts WHERE kind = $1 AND state = 'OPEN' ORDER BY user_id`, [kind]);
const nodeAlerts = async () => (await q(app, `SELECT count(*)::int AS n FROM alerts WHERE kind = ANY($1)`, [NODE_KINDS]))[0].n as number;
const failingRefresh = async () => {
  const report = await app.running.app.get(RefresherService).refreshNow();
  assert.equal(report.ok, false);
};

/**
 * The source is back once a refresh succeeds with every upstream breaker closed: the node API's
 * and the tracker's breakers opened at different moments during the outage and half-open at
 * different moments, so the first successful refresh may still lack a part (PARTIAL, rightly open).
 */
async function untilSourceIsBack(): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    await simReset(app);
    const ok = (await app.running.app.get(RefresherService).refreshNow()).ok;
    const res = await app.gql(`{ systemStats { upstreams { source host breaker } } }`, {}, admins[0].accessToken);
    const open = (res.data.systemStats.upstreams as { source: string; breaker: string }[]).filter((u) => u.breaker !== 'closed');
    if (ok && open.length === 0) return;
    assert.ok(Date.now() < deadline, `the source recovers once its breakers half-open: ${JSON.stringify(open)}`);
    await new Promise((r) => setTimeout(r, 2_000));
  }
}

before(async () => {
  app = await startTestApp(ADMIN_ENV);
  app.running.upstreams.simulator!.pauseClock(true);
  admins = [await loginAdmin(app), await registerAdmin(app, 'ops@example.com')];
  customer = await registerCustomer(app, 'suppressed@example.com');
  await linkNodes(app, customer.user.id, app.running.upstreams.simulator!.addresses().slice(0, 6));
  await refresh(app);
  await refresh(app);
});
after(() => app.close());

test('most tracked nodes dropping out at once is the source, not the nodes: held, and admins told', async () => {
  const before = await nodeAlerts();
  // 4 of the 6 tracked hosts fail their health check in the same refresh.
  const dropped = app.running.upstreams.simulator!.addresses().slice(0, 4);
  for (const address of dropped) await scriptHost(app, address, { offline: true });
  try {
    await refresh(app);
    await refresh(app);
    await refresh(app);
    const down = await openOf('SYSTEM_UPSTREAM_DOWN');
    assert.equal(down.length, admins.length);
    assert.equal(down[0].params.cause, 'MASS_OFFLINE');
    assert.deepEqual([down[0].params.affected, down[0].params.tracked], [4, 6]);
    assert.equal(await nodeAlerts(), before, 'no NODE_OFFLINE for the held nodes');
  } finally {
    for (const address of dropped) await scriptHost(app, address, null);
  }
  await refresh(app);
  assert.equal((await openOf('SYSTEM_UPSTREAM_DOWN')).length, 0);
  await refresh(app);
  assert.equal(await nodeAlerts(), before, 'and none when they come back');
});

test('the network down: no per-node alert, one SYSTEM_UPSTREAM_DOWN per admin, not repeated', async () => {
  const before = await nodeAlerts();
  await simFault(app, { route: '*', kind: 'http500' });
  try {
    await failingRefresh();
    await failingRefresh();
    const down = await openOf('SYSTEM_UPSTREAM_DOWN');
    assert.deepEqual(
      down.map((r) => r.user_id),
      admins.map((a) => a.user.id).sort(),
    );
    assert.equal(down[0].params.cause, 'UNAVAILABLE');
    assert.equal(await nodeAlerts(), before, 'per-node alerts are held');
    assert.equal((await openOf('SYSTEM_REFRESHER_FAILING')).length, 0, `only after ${REFRESHER_FAILURES_BEFORE_ALERT} failures in a row`);
    await failingRefresh();
    assert.equal((await openOf('SYSTEM_REFRESHER_FAILING')).length, admins.length);
    const res = await app.gql(`{ alerts(first: 10, state: OPEN) { nodes { kind severity title link } } }`, {}, admins[1].accessToken);
    const kinds = res.data.alerts.nodes.map((a: any) => a.kind).sort();
    assert.deepEqual(kinds, ['SYSTEM_REFRESHER_FAILING', 'SYSTEM_UPSTREAM_DOWN']);
    assert.ok(res.data.alerts.nodes.every((a: any) => a.severity === 'CRITICAL' && a.link === '/admin'));
    const theirs = (await app.gql(`{ alerts(first: 50) { nodes { kind } } }`, {}, customer.accessToken)).data.alerts.nodes;
    assert.ok(!theirs.some((a: any) => a.kind.startsWith('SYSTEM_')), 'customers do not get system alerts');
  } finally {
    await simClearFaults(app);
  }
  // The 500s opened the upstream breaker: the source is back for the portal once it half-opens (30 s).
  await untilSourceIsBack();
  const still = await openOf('SYSTEM_UPSTREAM_DOWN');
  assert.equal(still.length, 0, `resolved once the source is back: ${JSON.stringify(still[0]?.params)}`);
  assert.equal((await openOf('SYSTEM_REFRESHER_FAILING')).length, 0);
  assert.equal(await nodeAlerts(), before);
});
