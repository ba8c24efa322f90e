/**
 * Support-request and assignment events become alerts in the same transaction as the change:
 * status change and admin note → the customer; a new request → every admin; node assigned or
 * removed → the customer. Acknowledging a notice resolves it.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { code, registerAdmin, type Session } from '../../helpers/accounts.js';
import { createRequest, startSupportWorld, UPDATE, type SupportWorld } from '../../helpers/support-requests.js';
import { alertTopic, LiveEvents } from '../../../src/graphql/live/live-events.js';
import type { AlertRecord } from '../../../src/modules/alerts/alert.types.js';
import { q } from './alerts-helpers.js';

let w: SupportWorld;
let admin2: Session;

const ALERTS = `{ alerts(first: 50) { totalCount nodes { id kind severity state title message link params node { id } } } unreadAlertCount }`;
const alertsOf = async (s: Session) => {
  const res = await w.app.gql(ALERTS, {}, s.accessToken);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data as { alerts: { totalCount: number; nodes: any[] }; unreadAlertCount: number };
};

before(async () => {
  w = await startSupportWorld();
  admin2 = await registerAdmin(w.app, 'second-admin@example.com');
});
after(() => w.app.close());

test('a new request alerts every admin once; the customer gets nothing for their own act', async () => {
  const req = await createRequest(w.app, w.alice, { gpuType: 'H100', quantity: 3 });
  for (const admin of [w.admin, admin2]) {
    const { alerts } = await alertsOf(admin);
    const created = alerts.nodes.filter((a) => a.kind === 'REQUEST_CREATED');
    assert.equal(created.length, 1);
    assert.deepEqual([created[0].severity, created[0].link, created[0].params.requestId, created[0].params.quantity], ['INFO', '/admin', req.id, 3]);
    assert.equal(created[0].message, 'A customer created a new node request (×3, H100).');
  }
  assert.equal((await alertsOf(w.alice)).alerts.totalCount, 0);
});

test('status change and admin note alert the customer, worded in their language', async () => {
  const req = await createRequest(w.app, w.alice);
  await q(w.app, `UPDATE users SET language = 'RU' WHERE id = $1`, [w.alice.user.id]);
  const res = await w.app.gql(UPDATE, { id: req.id, input: { status: 'IN_PROGRESS', adminNotes: 'on it' } }, w.admin.accessToken);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  const { alerts, unreadAlertCount } = await alertsOf(w.alice);
  const kinds = alerts.nodes.map((a) => a.kind).sort();
  assert.deepEqual(kinds, ['REQUEST_NOTE_ADDED', 'REQUEST_STATUS_CHANGED']);
  const status = alerts.nodes.find((a) => a.kind === 'REQUEST_STATUS_CHANGED');
  assert.equal(status.message, 'Ваша заявка теперь: в работе (было: ожидает).');
  assert.equal(status.link, '/requests');
  assert.equal(unreadAlertCount, 2);
  assert.equal((await alertsOf(w.bob)).alerts.totalCount, 0, 'nothing for another customer');
  // A notice is resolved by acknowledging it; bob cannot.
  const ackByBob = await w.app.gql(`mutation($id: ID!) { acknowledgeAlert(id: $id) { id } }`, { id: status.id }, w.bob.accessToken);
  assert.equal(code(ackByBob), 'NOT_FOUND');
  const ack = await w.app.gql(`mutation($id: ID!) { acknowledgeAlert(id: $id) { state acknowledgedAt } }`, { id: status.id }, w.alice.accessToken);
  assert.equal(ack.data.acknowledgeAlert.state, 'RESOLVED');
  assert.equal((await alertsOf(w.alice)).unreadAlertCount, 1);
  await q(w.app, `UPDATE users SET language = 'EN' WHERE id = $1`, [w.alice.user.id]);
});

test('a failed update (invalid transition) alerts nobody: the alert is in the same transaction', async () => {
  const before = (await q(w.app, `SELECT count(*)::int AS n FROM alerts`))[0].n;
  const req = await createRequest(w.app, w.bob);
  const afterCreate = (await q(w.app, `SELECT count(*)::int AS n FROM alerts`))[0].n;
  assert.equal(afterCreate, before + 2, 'one REQUEST_CREATED per admin');
  const bad = await w.app.gql(UPDATE, { id: req.id, input: { status: 'COMPLETED', adminNotes: 'x' } }, w.admin.accessToken);
  assert.equal(code(bad), 'INVALID_TRANSITION');
  assert.equal((await q(w.app, `SELECT count(*)::int AS n FROM alerts`))[0].n, afterCreate);
});

test('node assigned and removed: the customer is told, with the node linked only while it is theirs', async () => {
  const identifier = w.app.running.upstreams.simulator!.addresses()[0];
  const assigned = await w.app.gql(
    `mutation($input: AssignNodeInput!) { assignNode(input: $input) { id } }`,
    { input: { identifier, identifierType: 'WALLET', userId: w.bob.user.id, displayName: 'rig-7' } },
    w.admin.accessToken,
  );
  assert.equal(assigned.errors, undefined, JSON.stringify(assigned.errors));
  const nodeId = assigned.data.assignNode.id;
  const added = (await alertsOf(w.bob)).alerts.nodes.find((a) => a.kind === 'NODE_ASSIGNED');
  assert.deepEqual([added.title, added.link, added.node.id], ['rig-7 added', `/nodes/${nodeId}`, nodeId]);
  const removed = await w.app.gql(`mutation($input: UnassignNodeInput!) { unassignNode(input: $input) { id } }`, { input: { nodeId } }, w.admin.accessToken);
  assert.equal(removed.errors, undefined, JSON.stringify(removed.errors));
  const bobs = (await alertsOf(w.bob)).alerts.nodes;
  const gone = bobs.find((a) => a.kind === 'NODE_UNASSIGNED');
  assert.deepEqual([gone.title, gone.link, gone.node], ['rig-7 removed', null, null]);
  assert.equal(bobs.find((a) => a.kind === 'NODE_ASSIGNED').node, null, 'no longer theirs: the node is not shown');
});

test('alerts page newest first with opaque cursors; a tampered cursor is BAD_USER_INPUT', async () => {
  const PAGE = `query($after: String) { alerts(first: 2, after: $after) { totalCount edges { cursor node { id openedAt } } pageInfo { hasNextPage endCursor } } }`;
  const first = (await w.app.gql(PAGE, {}, w.admin.accessToken)).data.alerts;
  assert.ok(first.totalCount >= 3, `admin alerts: ${first.totalCount}`);
  assert.equal(first.edges.length, 2);
  assert.equal(first.pageInfo.hasNextPage, true);
  const rest = (await w.app.gql(PAGE, { after: first.pageInfo.endCursor }, w.admin.accessToken)).data.alerts;
  const ids = [...first.edges, ...rest.edges].map((e: any) => e.node.id);
  assert.equal(new Set(ids).size, ids.length, 'no alert on two pages');
  const times = [...first.edges, ...rest.edges].map((e: any) => Date.parse(e.node.openedAt));
  assert.deepEqual(
    times,
    [...times].sort((x, y) => y - x),
  );
  assert.equal(code(await w.app.gql(PAGE, { after: 'bm9wZQ' }, w.admin.accessToken)), 'BAD_USER_INPUT');
});

test('each alert is published on the user’s live topic once its transaction committed', async () => {
  const live = w.app.running.app.get(LiveEvents);
  const feed = live.asyncIterator<AlertRecord>(alertTopic(w.alice.user.id));
  const next = feed.next();
  const req = await createRequest(w.app, w.alice);
  const res = await w.app.gql(UPDATE, { id: req.id, input: { status: 'REJECTED' } }, w.admin.accessToken);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  const { value } = await next;
  assert.deepEqual([value.kind, value.userId, value.params.toStatus], ['REQUEST_STATUS_CHANGED', w.alice.user.id, 'rejected']);
  const stored = await q(w.app, `SELECT id FROM alerts WHERE id = $1`, [value.id]);
  assert.equal(stored.length, 1, 'published after commit: the row is there');
  await feed.return?.();
});
