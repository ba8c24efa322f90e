import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ADMIN_ENV, code, loginAdmin, registerCustomer, type Session } from '../../../helpers/accounts.js';
import { startTestApp, type TestApp } from '../../../helpers/test-app.js';
import { DELIVERY_ENV, deliveryRows, enqueue, insertAlert, waitFor, webhookChannel } from './delivery-fixtures.js';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.js';

const SECRET = 'whsec-test-0123456789abcdef';
let app: TestApp;
let customer: Session;
let receiver: WebhookReceiver;
/** Per test: how the receiver answers the n-th request of a key (default 200). */
let respond: (key: string, n: number) => number = () => 200;

before(async () => {
  app = await startTestApp({ ...DELIVERY_ENV, ...ADMIN_ENV });
  customer = await registerCustomer(app, 'deliveries@minegnk.test');
  receiver = await startWebhookReceiver(SECRET, (key, n) => respond(key, n));
});

after(async () => {
  await receiver.close();
  await app.close();
});

const settled = (rows: { status: string }[]) => rows.length > 0 && rows.every((r) => r.status !== 'PENDING');

test('an alert reaches a webhook once, signed, with the contract body and Idempotency-Key', async () => {
  respond = () => 200;
  const channel = await webhookChannel(app.running, customer.user.id, receiver.url, SECRET);
  const alert = await insertAlert(app.db.url, customer.user.id);
  await enqueue(app.running, alert);
  const [row] = await waitFor('SENT', () => deliveryRows(app.db.url, 'alert_id = $1', [alert.id]), settled);
  assert.equal(row.status, 'SENT');
  assert.equal(row.attempts, 1);
  assert.equal(row.idempotency_key, `${alert.id}:${channel.id}:OPEN`);
  const got = receiver.received.filter((r) => r.key === row.idempotency_key);
  assert.equal(got.length, 1);
  assert.equal(got[0].signatureValid, true);
  assert.deepEqual(Object.keys(got[0].body).sort(), ['id', 'kind', 'message', 'node', 'occurredAt', 'severity', 'state', 'title']);
  assert.equal(got[0].body.id, alert.id);
  assert.equal(got[0].body.kind, 'NODE_OFFLINE');
  assert.equal(got[0].body.state, 'open');
  assert.equal(got[0].body.node, null);
});

test('503 is retried with growing delays until it succeeds', async () => {
  respond = (_key, n) => (n <= 2 ? 503 : 200);
  await webhookChannel(app.running, customer.user.id, receiver.url, SECRET);
  const alert = await insertAlert(app.db.url, customer.user.id);
  await enqueue(app.running, alert);
  const [row] = await waitFor('SENT after retries', () => deliveryRows(app.db.url, 'alert_id = $1', [alert.id]), settled, 30_000);
  assert.equal(row.status, 'SENT');
  assert.equal(row.attempts, 3);
  const times = receiver.received.filter((r) => r.key === row.idempotency_key).map((r) => r.at);
  assert.equal(times.length, 3);
  // Backoff from 1 s: the first retry waits 1-2 s, the second 2-4 s (pg-boss polls every second on top).
  assert.ok(times[1] - times[0] >= 900, `first retry after ${times[1] - times[0]} ms`);
  assert.ok(times[2] - times[1] >= 1900, `second retry after ${times[2] - times[1]} ms`);
});

test('a 400 is not retried: FAILED with the reason, shown to admins only', async () => {
  respond = () => 400;
  await webhookChannel(app.running, customer.user.id, receiver.url, SECRET);
  const alert = await insertAlert(app.db.url, customer.user.id);
  await enqueue(app.running, alert);
  const [row] = await waitFor('FAILED', () => deliveryRows(app.db.url, 'alert_id = $1', [alert.id]), settled);
  assert.equal(row.status, 'FAILED');
  assert.equal(row.last_error, 'HTTP 400');
  assert.equal(row.attempts, 1);
  await new Promise((r) => setTimeout(r, 2500));
  assert.equal(receiver.countFor(row.idempotency_key), 1, 'no retry of a 400');

  const query = `{ failedDeliveries(first: 50) { totalCount edges { node { id status event attempts error createdAt sentAt } } } }`;
  const admin = await loginAdmin(app);
  const res = await app.gql(query, {}, admin.accessToken);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  const listed = res.data.failedDeliveries.edges.map((e: any) => e.node).find((n: any) => n.id === row.id);
  assert.deepEqual(listed && { ...listed, createdAt: undefined }, {
    id: row.id,
    status: 'FAILED',
    event: 'OPEN',
    attempts: 1,
    error: 'HTTP 400',
    createdAt: undefined,
    sentAt: null,
  });
  assert.equal(code(await app.gql(query, {}, customer.accessToken)), 'FORBIDDEN');
});

test('retryable failures give up after NOTIFY_MAX_ATTEMPTS', async () => {
  respond = () => 503;
  await webhookChannel(app.running, customer.user.id, receiver.url, SECRET);
  const alert = await insertAlert(app.db.url, customer.user.id);
  await enqueue(app.running, alert);
  const [row] = await waitFor('FAILED after 3 attempts', () => deliveryRows(app.db.url, 'alert_id = $1', [alert.id]), settled, 30_000);
  assert.equal(row.status, 'FAILED');
  assert.equal(row.attempts, 3);
  assert.equal(row.last_error, 'HTTP 503');
  assert.equal(receiver.countFor(row.idempotency_key), 3);
});

test('enqueueing the same alert event twice makes one delivery per channel', async () => {
  respond = () => 200;
  const user = await registerCustomer(app, 'twice@minegnk.test');
  const a = await webhookChannel(app.running, user.user.id, receiver.url, SECRET);
  const b = await webhookChannel(app.running, user.user.id, receiver.url, SECRET);
  const alert = await insertAlert(app.db.url, user.user.id);
  // Two concurrent transactions, then a third later: the UNIQUE idempotency key keeps one row (and one job) each.
  await Promise.all([enqueue(app.running, alert), enqueue(app.running, alert)]);
  await enqueue(app.running, alert);
  const rows = await waitFor(
    'both SENT',
    () => deliveryRows(app.db.url, 'alert_id = $1', [alert.id]),
    (r) => r.length === 2 && settled(r),
  );
  assert.deepEqual(rows.map((r) => r.idempotency_key).sort(), [`${alert.id}:${a.id}:OPEN`, `${alert.id}:${b.id}:OPEN`].sort());
  await new Promise((r) => setTimeout(r, 1500));
  for (const r of rows) assert.equal(receiver.countFor(r.idempotency_key), 1);
  // A later event of the same alert is its own delivery.
  await enqueue(app.running, { ...alert, state: 'RESOLVED', resolvedAt: new Date() }, 'RESOLVED');
  const all = await waitFor(
    'resolved sent',
    () => deliveryRows(app.db.url, 'alert_id = $1', [alert.id]),
    (r) => r.length === 4 && settled(r),
  );
  assert.equal(all.filter((r) => r.event === 'RESOLVED').length, 2);
});

test('sendTestNotification goes through the same queue; a foreign channel is NOT_FOUND', async () => {
  respond = () => 200;
  const channel = await webhookChannel(app.running, customer.user.id, receiver.url, SECRET);
  const mutation = `mutation ($id: ID!) { sendTestNotification(channelId: $id) { id event status attempts error sentAt } }`;
  const res = await app.gql(mutation, { id: channel.id }, customer.accessToken);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  assert.equal(res.data.sendTestNotification.event, 'TEST');
  assert.equal(res.data.sendTestNotification.status, 'PENDING');
  const id = res.data.sendTestNotification.id;
  const [row] = await waitFor('test SENT', () => deliveryRows(app.db.url, 'id = $1', [id]), settled);
  assert.equal(row.status, 'SENT');
  const got = receiver.received.find((r) => r.key === row.idempotency_key);
  assert.equal(got?.body.kind, 'TEST');
  assert.equal(got?.signatureValid, true);

  const other = await registerCustomer(app, 'other@minegnk.test');
  assert.equal(code(await app.gql(mutation, { id: channel.id }, other.accessToken)), 'NOT_FOUND');
});
