/**
 * Subscriptions over graphql-ws on /graphql, with the real app and a real graphql-ws client over
 * `ws`: authentication by connectionParams (4401), per-owner node status events after a status
 * change scripted through the simulator, dashboard signals, and the socket closed when the session
 * ends (4403) or the token expires (4401).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '../../src/config/app-config.js';
import { allDashboardsTopic, dashboardTopic, LiveEvents as LiveTopics, refreshedTopic } from '../../src/graphql/live/live-events.js';
import { RefresherService } from '../../src/jobs/refresher.service.js';
import { type Session, registerCustomer } from '../helpers/accounts.js';
import { connectLive, LiveEvents } from '../helpers/live-client.js';
import { linkNodes } from '../helpers/seed.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const NODE_STATUS = `subscription { nodeStatusChanged { node { id identifier } status previousStatus at } }`;
const DASHBOARD = `subscription { dashboardChanged { reason at } }`;

let app: TestApp;
let alice: Session;
let bob: Session;
let aliceNode: string;
let aliceAddress: string;

const sim = () => app.running.upstreams.simulator!;
const simJson = async (path: string, init?: RequestInit) => (await fetch(`${sim().url}${path}`, init)).json() as Promise<any>;
const bearer = (s: Session) => ({ authorization: `Bearer ${s.accessToken}` });

/** One refresh a TTL apart: the simulator's rate window resets, its host scripts stay. */
async function refresh(): Promise<void> {
  await fetch(`${sim().url}/__sim/reset`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ hosts: false }) });
  const report = await app.running.app.get(RefresherService).refreshNow();
  assert.equal(report.ok, true, report.error ?? 'refresh failed');
}

before(async () => {
  app = await startTestApp();
  sim().pauseClock(true);
  const members: string[] = (await simJson('/v1/epochs/current/participants')).active_participants.participants.map((p: any) => p.index);
  alice = await registerCustomer(app, 'alice-live@example.com');
  bob = await registerCustomer(app, 'bob-live@example.com');
  aliceAddress = members[0];
  [aliceNode] = await linkNodes(app, alice.user.id, [aliceAddress]);
  await linkNodes(app, bob.user.id, [members[1]]);
  await refresh(); // first observations recorded before anyone listens
});
after(() => app?.close());

test('a connection without a valid access token is closed with 4401', async () => {
  for (const params of [undefined, { authorization: 'Bearer not-a-jwt' }, { token: '' }]) {
    const live = connectLive(app, params);
    const closed = await live.closed;
    assert.equal(closed.code, 4401, `${JSON.stringify(params)}: ${closed.reason}`);
    await live.dispose();
  }
  const ok = connectLive(app, { token: alice.accessToken });
  await ok.connected;
  await ok.dispose();
});

test("a status change reaches its owner's nodeStatusChanged, not another customer's; both get dashboardChanged", async () => {
  const a = connectLive(app, bearer(alice));
  const b = connectLive(app, bearer(bob));
  await Promise.all([a.connected, b.connected]);
  const aliceStatus = new LiveEvents(a.client, NODE_STATUS);
  const bobStatus = new LiveEvents(b.client, NODE_STATUS);
  const aliceBoard = new LiveEvents(a.client, DASHBOARD);
  const bobBoard = new LiveEvents(b.client, DASHBOARD);
  await new Promise((r) => setTimeout(r, 200)); // subscribe messages reach the server

  const scripted = await fetch(`${sim().url}/__sim/hosts/${aliceAddress}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ offline: true }),
  });
  assert.equal(scripted.status, 200, await scripted.text());
  await refresh();

  const event = await aliceStatus.next();
  assert.ok(event?.data, `no event: ${JSON.stringify(event)}`);
  const change = event.data.nodeStatusChanged;
  assert.equal(change.node.id, aliceNode);
  assert.equal(change.node.identifier, aliceAddress);
  assert.equal(change.status, 'OFFLINE');
  assert.notEqual(change.previousStatus, 'OFFLINE');
  assert.ok(!Number.isNaN(Date.parse(change.at)));

  assert.equal((await aliceBoard.next())?.data?.dashboardChanged.reason, 'refresh');
  assert.equal((await bobBoard.next())?.data?.dashboardChanged.reason, 'refresh');
  // Bob's signal came after the refresh published everything: his status stream stayed empty.
  assert.deepEqual(bobStatus.drain(), []);
  await Promise.all([a.dispose(), b.dispose()]);
});

test('a refresh sends one dashboard signal for everyone, not one per owner; a customer without nodes hears it too', async () => {
  const carol = await registerCustomer(app, 'no-nodes-live@example.com');
  const topics = app.running.app.get(LiveTopics);
  const published: string[] = [];
  const watched = [dashboardTopic(alice.user.id), dashboardTopic(bob.user.id), refreshedTopic, allDashboardsTopic];
  const stops = watched.map((t) => topics.onPublished(t, () => published.push(t)));
  const c = connectLive(app, bearer(carol));
  await c.connected;
  const carolBoard = new LiveEvents(c.client, DASHBOARD);
  await new Promise((r) => setTimeout(r, 200)); // the subscribe message reaches the server
  await refresh();
  assert.deepEqual(published.sort(), [allDashboardsTopic, refreshedTopic].sort());
  assert.equal((await carolBoard.next())?.data?.dashboardChanged.reason, 'refresh');
  for (const stop of stops) stop();
  await c.dispose();
});

test('assigning a node signals dashboardChanged to its new owner', async () => {
  const b = connectLive(app, bearer(bob));
  await b.connected;
  const board = new LiveEvents(b.client, DASHBOARD);
  await new Promise((r) => setTimeout(r, 200));
  const { NodeAssignmentService } = await import('../../src/modules/nodes/node-assignment.service.js');
  const admin = { id: alice.user.id, email: alice.user.email, role: 'admin' as const };
  const members: string[] = (await simJson('/v1/epochs/current/participants')).active_participants.participants.map((p: any) => p.index);
  await app.running.app.get(NodeAssignmentService).assign(admin, { identifier: members[2], identifierType: 'wallet', userId: bob.user.id } as never);
  assert.equal((await board.next())?.data?.dashboardChanged.reason, 'node-assigned');
  await b.dispose();
});

test('only subscriptions are served, and the query limits apply to them', async () => {
  const a = connectLive(app, bearer(alice));
  await a.connected;
  const query = await new LiveEvents(a.client, `query { me { id } }`).next();
  assert.equal(query?.errors?.[0]?.extensions?.code, 'BAD_REQUEST');
  const aliases = Array.from({ length: 31 }, (_, i) => `s${i}: status`).join(' ');
  const tooMany = await new LiveEvents(a.client, `subscription { nodeStatusChanged { ${aliases} } }`).next();
  assert.equal(tooMany?.errors?.[0]?.extensions?.code, 'QUERY_TOO_COMPLEX');
  const unknown = await new LiveEvents(a.client, `subscription { nodeStatusChanged { nope } }`).next();
  assert.equal(unknown?.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
  await a.dispose();
});

test('signing out closes the session’s sockets with 4403', async () => {
  const session = await registerCustomer(app, 'carol-live@example.com');
  const live = connectLive(app, bearer(session));
  await live.connected;
  const out = await app.gql(`mutation ($t: String) { logout(refreshToken: $t) }`, { t: session.refreshToken });
  assert.equal(out.data?.logout, true);
  const closed = await live.closed;
  assert.equal(closed.code, 4403, closed.reason);
  // A new connection with the same (unexpired) token is refused too.
  const again = connectLive(app, bearer(session));
  assert.equal((await again.closed).code, 4403);
});

test('the socket is closed with 4401 when its access token expires', async () => {
  const config = app.running.app.get(AppConfig);
  const sid = JSON.parse(Buffer.from(alice.accessToken.split('.')[1], 'base64url').toString()).sid;
  const jwt = new JwtService({ secret: config.jwtSecret });
  const token = jwt.sign(
    { sub: alice.user.id, email: alice.user.email, role: 'user', sid },
    { algorithm: 'HS256', expiresIn: 2, issuer: 'minegnk', audience: 'minegnk-api' },
  );
  const live = connectLive(app, { token });
  await live.connected;
  const started = Date.now();
  const closed = await live.closed;
  assert.equal(closed.code, 4401, closed.reason);
  assert.ok(Date.now() - started < 3500, 'closed at the token’s expiry');
});

test('shutting the app down closes live sockets with 1001', async () => {
  const live = connectLive(app, bearer(alice));
  await live.connected;
  const running = app;
  app = undefined as unknown as TestApp;
  await running.close();
  assert.equal((await live.closed).code, 1001);
});
