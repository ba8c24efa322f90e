/**
 * Two replicas of the app on one database and one Redis (issue #17): a node status change recorded
 * by one replica's refresh reaches a subscriber connected to the other, through Redis pub/sub.
 * Without REDIS_URL (a machine with only Node) live events stay in their process, as documented.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { RefresherService } from '../../src/jobs/refresher.service.js';
import { type Session, registerCustomer } from '../helpers/accounts.js';
import { connectLive } from '../helpers/live-client.js';
import { linkNodes } from '../helpers/seed.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const NODE_STATUS = `subscription { nodeStatusChanged { node { id } status previousStatus } }`;

let a: TestApp;
let b: TestApp;
let alice: Session;
let nodeId: string;
let address: string;

const simUrl = () => a.running.upstreams.simulator!.url;
const post = (path: string, body: unknown) =>
  fetch(`${simUrl()}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function refreshOnA(): Promise<void> {
  await post('/__sim/reset', { hosts: false });
  const report = await a.running.app.get(RefresherService).refreshNow();
  assert.equal(report.ok, true, report.error ?? 'refresh failed');
}

before(async () => {
  // What replicas must share: the database, the Redis namespace and the JWT secret.
  const shared = { JWT_SECRET: randomBytes(32).toString('hex'), CACHE_NAMESPACE: `replicas-${randomBytes(4).toString('hex')}` };
  a = await startTestApp(shared);
  b = await startTestApp({ ...shared, DATABASE_URL: a.db.url });
  a.running.upstreams.simulator!.pauseClock(true);
  const members = (await (await fetch(`${simUrl()}/v1/epochs/current/participants`)).json()) as any;
  address = members.active_participants.participants[0].index;
  alice = await registerCustomer(a, 'alice-replicas@example.com');
  [nodeId] = await linkNodes(a, alice.user.id, [address]);
  await refreshOnA(); // the first observation, before anyone listens
});
after(async () => {
  await b?.close();
  await a?.close();
});

async function nextStatusOn(app: TestApp, within: number): Promise<any | undefined> {
  const live = connectLive(app, { token: alice.accessToken });
  await live.connected;
  const received = new Promise<any>((resolve) => {
    live.client.subscribe({ query: NODE_STATUS }, { next: (m) => resolve(m.data?.nodeStatusChanged), error: () => undefined, complete: () => undefined });
  });
  // graphql-ws has no "subscribed" ack: give the SUBSCRIBE a moment to reach Redis.
  await new Promise((r) => setTimeout(r, 300));
  await post(`/__sim/hosts/${address}`, { offline: true });
  await refreshOnA();
  const event = await Promise.race([received, new Promise((r) => setTimeout(() => r(undefined), within))]);
  await live.dispose();
  return event;
}

test(process.env.REDIS_URL
  ? 'with REDIS_URL: a status change refreshed on replica A reaches a subscriber on replica B'
  : 'without REDIS_URL: live events stay in the process that published them', { timeout: 60_000 }, async () => {
  const event = await nextStatusOn(b, process.env.REDIS_URL ? 10_000 : 2_000);
  if (process.env.REDIS_URL) {
    assert.ok(event, 'replica B received the event');
    assert.equal(event.node.id, nodeId);
    assert.equal(event.status, 'OFFLINE');
  } else {
    assert.equal(event, undefined);
  }
});
