/**
 * Who hears what on the live socket: admins hear every tracked node (they open any node's page), a
 * customer whose node is removed gets a dashboard signal, and an admin demoted while connected is
 * disconnected (4403) so the client reconnects as the customer the account now is.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { RefresherService } from '../../src/jobs/refresher.service.js';
import { registerAdmin, registerCustomer, type Session } from '../helpers/accounts.js';
import { connectLive, LiveEvents } from '../helpers/live-client.js';
import { linkNodes } from '../helpers/seed.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { withClient } from '../helpers/test-db.js';

let app: TestApp;
let admin: Session;
let customer: Session;
let nodeId: string;
let address: string;

const sim = () => app.running.upstreams.simulator!;
const bearer = (s: Session) => ({ authorization: `Bearer ${s.accessToken}` });
const settle = () => new Promise((r) => setTimeout(r, 200));

async function refresh(): Promise<void> {
  await fetch(`${sim().url}/__sim/reset`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ hosts: false }) });
  const report = await app.running.app.get(RefresherService).refreshNow();
  assert.equal(report.ok, true, report.error ?? 'refresh failed');
}

before(async () => {
  app = await startTestApp();
  sim().pauseClock(true);
  const participants = await (await fetch(`${sim().url}/v1/epochs/current/participants`)).json();
  address = (participants as any).active_participants.participants[0].index;
  admin = await registerAdmin(app, 'admin-live@example.com');
  customer = await registerCustomer(app, 'dora-live@example.com');
  [nodeId] = await linkNodes(app, customer.user.id, [address]);
  await refresh();
});
after(() => app.close());

test("an admin hears every tracked node's status changes and every refresh", async () => {
  const live = connectLive(app, bearer(admin));
  await live.connected;
  const statuses = new LiveEvents(live.client, `subscription { nodeStatusChanged { node { id } status } }`);
  const board = new LiveEvents(live.client, `subscription { dashboardChanged { reason } }`);
  await settle();
  const scripted = await fetch(`${sim().url}/__sim/hosts/${address}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jailed: true }),
  });
  assert.equal(scripted.status, 200);
  await refresh();
  const event = await statuses.next();
  assert.equal(event?.data?.nodeStatusChanged.node.id, nodeId, JSON.stringify(event));
  assert.equal(event?.data?.nodeStatusChanged.status, 'JAILED');
  assert.equal((await board.next())?.data?.dashboardChanged.reason, 'refresh');
  await live.dispose();
});

test('removing a node signals its former owner', async () => {
  const live = connectLive(app, bearer(customer));
  await live.connected;
  const board = new LiveEvents(live.client, `subscription { dashboardChanged { reason } }`);
  await settle();
  const res = await app.gql(`mutation ($input: UnassignNodeInput!) { unassignNode(input: $input) { id } }`, { input: { nodeId } }, admin.accessToken);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  assert.equal((await board.next())?.data?.dashboardChanged.reason, 'node-unassigned');
  await live.dispose();
});

test('an admin demoted while connected is disconnected with 4403', async () => {
  const live = connectLive(app, bearer(admin));
  await live.connected;
  await withClient(app.db.url, (c) => c.query(`UPDATE users SET role = 'user' WHERE id = $1`, [admin.user.id]));
  const closed = await live.closed;
  assert.equal(closed.code, 4403);
  assert.match(closed.reason, /role changed/);
});
