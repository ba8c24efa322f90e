import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN_ENV, loginAdmin, registerCustomer, type Session } from '../../helpers/accounts.js';
import { linkNodes, refreshOnce } from '../../helpers/seed.js';
import { createRequest, UPDATE } from '../../helpers/support-requests.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';

// Issue #15: activity lines carry the codes and figures their English message is worded from.
let app: TestApp;
let alice: Session;
let admin: Session;
let nodeIds: string[];
let identifiers: string[];

const FEED = `{ dashboard { recentActivity(first: 20) { nodes { kind message nodeId supportRequestId params {
  action nodeName fromStatus toStatus statusRule statusDetails { missedRate confirmationPocRatio threshold jailedUntil }
  requestType quantity gpuType fromRequestStatus toRequestStatus } } } } }`;

async function feed(): Promise<any[]> {
  const res = await app.gql(FEED, {}, alice.accessToken);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data.dashboard.recentActivity.nodes;
}

before(async () => {
  app = await startTestApp(ADMIN_ENV);
  alice = await registerCustomer(app, 'alice@example.com');
  admin = await loginAdmin(app);
  identifiers = app.running.upstreams.simulator!.addresses().slice(0, 20);
  nodeIds = await linkNodes(app, alice.user.id, identifiers);
  await withClient(app.db.url, (c) => c.query(`UPDATE nodes SET display_name = 'rig-01' WHERE id = $1`, [nodeIds[0]]));
});
after(() => app.close());

test('a node status change: its name, both statuses, the rule and its figures', async () => {
  await refreshOnce(app);
  const nodes = (
    await app.gql(
      `{ myNodes(first: 20) { nodes { id status statusRule statusDetails { missedRate confirmationPocRatio threshold } } } }`,
      {},
      alice.accessToken,
    )
  ).data.myNodes.nodes;
  // One node whose status is not JAILED is marked JAILED, so the next refresh records a transition from it.
  const node = nodes.find((n: any) => n.id === nodeIds[0]);
  assert.notEqual(node.status, 'JAILED');
  await withClient(app.db.url, (c) => c.query(`UPDATE node_stats_cache SET status = 'jailed' WHERE node_id = $1`, [node.id]));
  await refreshOnce(app);

  const line = (await feed()).find((e) => e.kind === 'STATUS_CHANGE' && e.nodeId === node.id);
  assert.ok(line, 'the transition is in the feed');
  assert.match(line.message, /^rig-01: jailed → /, 'the English line stays as it was');
  assert.deepEqual(
    { ...line.params, statusDetails: undefined },
    {
      action: 'NODE_STATUS_CHANGED',
      nodeName: 'rig-01',
      fromStatus: 'JAILED',
      toStatus: node.status,
      statusRule: node.statusRule,
      statusDetails: undefined,
      requestType: null,
      quantity: null,
      gpuType: null,
      fromRequestStatus: null,
      toRequestStatus: null,
    },
  );
  assert.deepEqual({ ...line.params.statusDetails, jailedUntil: undefined }, { ...node.statusDetails, jailedUntil: undefined });
});

test('a support request: created, moved PENDING → IN_PROGRESS, noted, assigned', async () => {
  const request = await createRequest(app, alice, { type: 'NEW_NODE', quantity: 3, gpuType: 'H100' });
  const res = await app.gql(UPDATE, { id: request.id, input: { status: 'IN_PROGRESS', adminNotes: 'on it', assignedToId: admin.user.id } }, admin.accessToken);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));

  const lines = (await feed()).filter((e) => e.supportRequestId === request.id);
  const params = (action: string) => lines.find((e) => e.params?.action === action)?.params;
  assert.deepEqual(lines.map((e) => e.params.action).sort(), ['REQUEST_ASSIGNED', 'REQUEST_CREATED', 'REQUEST_NOTES_UPDATED', 'REQUEST_STATUS_CHANGED']);
  assert.deepEqual([params('REQUEST_CREATED').requestType, params('REQUEST_CREATED').quantity, params('REQUEST_CREATED').gpuType], ['NEW_NODE', 3, 'H100']);
  const moved = lines.find((e) => e.params.action === 'REQUEST_STATUS_CHANGED');
  assert.equal(moved.kind, 'STATUS_CHANGE');
  assert.equal(moved.message, 'Support request PENDING → IN_PROGRESS');
  assert.deepEqual([moved.params.fromRequestStatus, moved.params.toRequestStatus, moved.params.nodeName], ['PENDING', 'IN_PROGRESS', null]);
});

test('lines written before params existed have none, and keep their text', async () => {
  await withClient(app.db.url, (c) =>
    c.query(`INSERT INTO activity_events (user_id, kind, message, created_at) VALUES ($1, 'request_update', 'old line', now() + interval '1 minute')`, [
      alice.user.id,
    ]),
  );
  const [newest] = await feed();
  assert.deepEqual([newest.message, newest.params], ['old line', null]);
});
