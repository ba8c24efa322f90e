/**
 * Node status alerts end to end: incidents scripted through the simulator's host route, refreshes
 * driven by RefresherService.refreshNow(), alerts read over real GraphQL — flap suppression, no
 * duplicates, recovery, mute, access control, and no extra upstream call.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { AlertEvaluatorService } from '../../../src/modules/alerts/alert-evaluator.service.js';
import { NetworkViewService } from '../../../src/network/network-view.service.js';
import { NodesRepository } from '../../../src/modules/nodes/nodes.repository.js';
import { code, registerCustomer, type Session } from '../../helpers/accounts.js';
import { linkNodes } from '../../helpers/seed.js';
import { repeated, simReset, simStats } from '../../helpers/sim.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { ALERT_FIELDS, q, deliveryLog, refresh, scriptHost, storedStatuses } from './alerts-helpers.js';

let app: TestApp;
let a: Session;
let b: Session;
let deliveries: Awaited<ReturnType<typeof deliveryLog>>;
const node = { jailed: { id: '', address: '' }, muted: { id: '', address: '' } };

const ALERTS = `query($state: AlertState, $nodeId: ID) { alerts(first: 50, state: $state, nodeId: $nodeId) { totalCount nodes { ${ALERT_FIELDS} } } unreadAlertCount }`;
const STATUS_KINDS = ['NODE_UNHEALTHY', 'NODE_JAILED', 'NODE_OFFLINE'];
/** The user's status alerts (the simulator's short epochs also raise claim-window alerts: not this file's subject). */
const alertsOf = async (s: Session, vars: Record<string, unknown> = {}) => {
  const res = await app.gql(ALERTS, vars, s.accessToken);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  const nodes = (res.data.alerts.nodes as any[]).filter((n) => STATUS_KINDS.includes(n.kind));
  return { alerts: { totalCount: nodes.length, nodes }, unreadAlertCount: res.data.unreadAlertCount as number };
};

before(async () => {
  app = await startTestApp();
  app.running.upstreams.simulator!.pauseClock(true);
  a = await registerCustomer(app, 'alerts-a@example.com');
  b = await registerCustomer(app, 'alerts-b@example.com');
  const addresses = app.running.upstreams.simulator!.addresses().slice(0, 8);
  const ids = await linkNodes(app, a.user.id, addresses);
  await refresh(app);
  await refresh(app);
  const statuses = await storedStatuses(app);
  const healthy = addresses.map((addr, i) => ({ address: addr, id: ids[i] })).filter((n) => statuses.get(n.address) === 'healthy');
  assert.ok(healthy.length >= 2, `two healthy hosts among ${JSON.stringify([...statuses])}`);
  [node.jailed, node.muted] = healthy;
  deliveries = await deliveryLog(app, [a]);
});
after(() => app.close());

test('a baseline of refreshes opens no alert for nodes that stayed as they were', async () => {
  // Nodes that were unhealthy from the start have their alerts; the healthy ones none.
  const { alerts } = await alertsOf(a, { nodeId: node.jailed.id });
  assert.equal(alerts.totalCount, 0);
});

test('flap suppression: one bad refresh opens nothing; the second opens exactly one alert', async () => {
  await scriptHost(app, node.jailed.address, { jailed: true });
  await refresh(app);
  assert.equal((await alertsOf(a, { nodeId: node.jailed.id })).alerts.totalCount, 0, 'a single refresh is not held');
  await refresh(app);
  const { alerts, unreadAlertCount } = await alertsOf(a, { nodeId: node.jailed.id });
  assert.equal(alerts.totalCount, 1);
  const [alert] = alerts.nodes;
  assert.deepEqual([alert.kind, alert.severity, alert.state, alert.muted], ['NODE_JAILED', 'CRITICAL', 'OPEN', false]);
  assert.equal(alert.params.status, 'JAILED');
  assert.ok(alert.params.jailedUntil, 'jailedUntil is a param');
  assert.match(alert.title, / is jailed$/);
  assert.equal(alert.link, `/nodes/${node.jailed.id}`);
  assert.equal(alert.node.id, node.jailed.id);
  assert.ok(unreadAlertCount >= 1);
  const logged = await deliveries();
  const opened = logged.filter((e) => e.alert.id === alert.id);
  assert.ok(logged.every((e) => e.alert.kind !== 'NODE_JAILED' || e.alert.nodeId === node.jailed.id));
  assert.deepEqual(
    opened.map((e) => e.event),
    ['OPEN'],
    'one delivery enqueued, inside the transaction',
  );
});

test('no duplicate while open; the title follows the reader’s language', async () => {
  await refresh(app);
  await refresh(app);
  const { alerts } = await alertsOf(a, { nodeId: node.jailed.id });
  assert.equal(alerts.totalCount, 1);
  const rows = await q(app, `SELECT count(*)::int AS n FROM alerts WHERE node_id = $1 AND kind = ANY($2)`, [node.jailed.id, STATUS_KINDS]);
  assert.equal(rows[0].n, 1);
  await q(app, `UPDATE users SET language = 'RU' WHERE id = $1`, [a.user.id]);
  assert.match((await alertsOf(a, { nodeId: node.jailed.id })).alerts.nodes[0].title, / в тюрьме$/);
  await q(app, `UPDATE users SET language = 'EN' WHERE id = $1`, [a.user.id]);
});

test('reminders: off by default; with reminderMinutes an open CRITICAL alert is repeated once due, then not again', async () => {
  const [alert] = (await alertsOf(a, { nodeId: node.jailed.id })).alerts.nodes;
  const reminders = async () => (await deliveries()).filter((e) => e.alert.id === alert.id && e.event === 'REMINDER').length;
  await q(app, `UPDATE alerts SET opened_at = now() - interval '20 minutes' WHERE id = $1`, [alert.id]);
  await refresh(app);
  assert.equal(await reminders(), 0, 'off by default');
  await q(app, `UPDATE users SET alert_rules = '{"reminderMinutes": 15}' WHERE id = $1`, [a.user.id]);
  await refresh(app);
  assert.equal(await reminders(), 1);
  await refresh(app);
  assert.equal(await reminders(), 1, 'the next one only 15 minutes later');
  await q(app, `UPDATE users SET alert_rules = '{}' WHERE id = $1`, [a.user.id]);
});

test('another user can neither see nor acknowledge it, nor mute the node (NOT_FOUND)', async () => {
  const mine = (await alertsOf(a, { nodeId: node.jailed.id })).alerts.nodes[0];
  const theirs = await alertsOf(b);
  assert.equal(theirs.alerts.totalCount, 0);
  assert.equal(theirs.unreadAlertCount, 0);
  const ack = await app.gql(`mutation($id: ID!) { acknowledgeAlert(id: $id) { id } }`, { id: mine.id }, b.accessToken);
  assert.equal(code(ack), 'NOT_FOUND');
  const bogus = await app.gql(`mutation { acknowledgeAlert(id: "nope") { id } }`, {}, b.accessToken);
  assert.equal(code(bogus), 'NOT_FOUND');
  const mute = await app.gql(`mutation($id: ID!) { muteNode(id: $id, until: "2099-01-01T00:00:00Z") { id } }`, { id: node.jailed.id }, b.accessToken);
  assert.equal(code(mute), 'NOT_FOUND');
  assert.equal((await alertsOf(a, { nodeId: node.jailed.id })).alerts.nodes[0].acknowledgedAt, null, 'untouched');
  const anonymous = await app.gql(`{ unreadAlertCount }`);
  assert.equal(code(anonymous), 'UNAUTHENTICATED');
});

test('acknowledging a status alert keeps it open; recovery must hold, then resolves it with a notice', async () => {
  const mine = (await alertsOf(a, { nodeId: node.jailed.id })).alerts.nodes[0];
  const ack = await app.gql(`mutation($id: ID!) { acknowledgeAlert(id: $id) { state acknowledgedAt } }`, { id: mine.id }, a.accessToken);
  assert.equal(ack.errors, undefined, JSON.stringify(ack.errors));
  assert.equal(ack.data.acknowledgeAlert.state, 'OPEN');
  assert.ok(ack.data.acknowledgeAlert.acknowledgedAt);
  await scriptHost(app, node.jailed.address, null);
  await refresh(app);
  assert.equal((await alertsOf(a, { nodeId: node.jailed.id })).alerts.nodes[0].state, 'OPEN', 'one healthy refresh is not a recovery yet');
  await refresh(app);
  const [resolved] = (await alertsOf(a, { nodeId: node.jailed.id })).alerts.nodes;
  assert.equal(resolved.state, 'RESOLVED');
  assert.ok(resolved.resolvedAt);
  assert.match(resolved.title, / recovered$/);
  assert.deepEqual(
    (await deliveries()).filter((e) => e.alert.id === mine.id).map((e) => e.event),
    ['OPEN', 'REMINDER', 'RESOLVED'],
  );
});

test('a muted node: the alert is recorded (muted) and nothing is enqueued', async () => {
  const until = new Date(Date.now() + 3_600_000).toISOString();
  const res = await app.gql(
    `mutation($id: ID!, $until: DateTime!) { muteNode(id: $id, until: $until) { id mutedUntil } }`,
    { id: node.muted.id, until },
    a.accessToken,
  );
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  assert.equal(res.data.muteNode.mutedUntil, until);
  const past = await app.gql(`mutation($id: ID!) { muteNode(id: $id, until: "2001-01-01T00:00:00Z") { id } }`, { id: node.muted.id }, a.accessToken);
  assert.equal(code(past), 'BAD_USER_INPUT');
  const deliveriesOfMuted = async () => (await deliveries()).filter((e) => e.alert.nodeId === node.muted.id && STATUS_KINDS.includes(e.alert.kind)).length;
  const before = await deliveriesOfMuted();
  await scriptHost(app, node.muted.address, { jailed: true });
  await refresh(app);
  await refresh(app);
  const { alerts } = await alertsOf(a, { nodeId: node.muted.id });
  assert.equal(alerts.totalCount, 1);
  assert.equal(alerts.nodes[0].muted, true);
  assert.equal(await deliveriesOfMuted(), before, 'no delivery for a muted node');
  const unmuted = await app.gql(`mutation($id: ID!) { unmuteNode(id: $id) { mutedUntil } }`, { id: node.muted.id }, a.accessToken);
  assert.equal(unmuted.data.unmuteNode.mutedUntil, null);
  const history = await app.gql(
    `query($id: ID!) { node(id: $id) { mutedUntil alerts(first: 5) { totalCount nodes { kind muted } } } }`,
    { id: node.muted.id },
    a.accessToken,
  );
  assert.deepEqual(
    history.data.node.alerts.nodes.filter((n: any) => STATUS_KINDS.includes(n.kind)),
    [{ kind: 'NODE_JAILED', muted: true }],
  );
  await scriptHost(app, node.muted.address, null);
});

test('evaluation makes no upstream call: it reads only the view the refresh already has', async () => {
  await refresh(app);
  const stats = await simStats(app);
  assert.deepEqual(repeated(stats), {}, 'no route twice in one refresh (with its evaluation)');
  const { value: view } = await app.running.app.get(NetworkViewService).status();
  const tracked = await app.running.app.get(NodesRepository).trackedNodes();
  await simReset(app);
  await app.running.app.get(AlertEvaluatorService).evaluate({ startedAt: new Date(), ok: true, tracked, view, viewFailed: false });
  const during = Object.values(await simStats(app)).reduce((s, n) => s + n, 0);
  assert.equal(during, 0, `upstream requests during evaluation: ${JSON.stringify(await simStats(app))}`);
});

test('acknowledgeAllAlerts marks everything read', async () => {
  const res = await app.gql(`mutation { acknowledgeAllAlerts }`, {}, a.accessToken);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  assert.equal((await alertsOf(a)).unreadAlertCount, 0);
});
