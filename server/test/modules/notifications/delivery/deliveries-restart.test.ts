import assert from 'node:assert/strict';
import { test } from 'node:test';
import { registerCustomer } from '../../../helpers/accounts.js';
import { startTestApp } from '../../../helpers/test-app.js';
import { DELIVERY_ENV, deliveryRows, enqueue, insertAlert, startAppOn, waitFor, webhookChannel } from './delivery-fixtures.js';
import { startWebhookReceiver } from './webhook-receiver.js';

const SECRET = 'whsec-restart-0123456789abcdef';
const CHANNELS = 60;

test('an app closed mid-burst: the next app on the same database delivers the rest, each once', async () => {
  // A slow integrator (150 ms a request) so the close lands with jobs active and many still queued.
  const receiver = await startWebhookReceiver(SECRET, async () => {
    await new Promise((r) => setTimeout(r, 150));
    return 200;
  });
  const first = await startTestApp(DELIVERY_ENV);
  const dbUrl = first.db.url;
  let second: Awaited<ReturnType<typeof startAppOn>> | undefined;
  try {
    const user = await registerCustomer(first, 'restart@minegnk.test');
    for (let i = 0; i < CHANNELS; i++) await webhookChannel(first.running, user.user.id, receiver.url, SECRET);
    const alert = await insertAlert(dbUrl, user.user.id);
    await enqueue(first.running, alert);
    await waitFor(
      'the first deliveries',
      async () => receiver.received.length,
      (n) => n >= 5,
    );
    await first.running.close();
    const afterFirst = receiver.received.length;
    assert.ok(afterFirst < CHANNELS, `the first app had delivered everything (${afterFirst}) before closing`);

    second = await startAppOn(dbUrl);
    const rows = await waitFor(
      'every delivery SENT',
      () => deliveryRows(dbUrl),
      (r) => r.length === CHANNELS && r.every((d) => d.status === 'SENT'),
      60_000,
    );
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(receiver.distinctKeys(), CHANNELS, 'every delivery arrived');
    assert.equal(receiver.received.length, CHANNELS, 'none arrived twice');
    assert.ok(receiver.received.every((r) => r.signatureValid));
    assert.ok(rows.every((r) => r.attempts === 1));
  } finally {
    await second?.close();
    await receiver.close();
    await first.db.drop();
  }
});

test('two apps on one database (replicas) share the queue: each delivery sent once', async () => {
  const receiver = await startWebhookReceiver(SECRET, async () => {
    await new Promise((r) => setTimeout(r, 20));
    return 200;
  });
  const first = await startTestApp(DELIVERY_ENV);
  const dbUrl = first.db.url;
  const second = await startAppOn(dbUrl);
  try {
    const user = await registerCustomer(first, 'replicas@minegnk.test');
    for (let i = 0; i < CHANNELS; i++) await webhookChannel(first.running, user.user.id, receiver.url, SECRET);
    // Each replica raises its own alert: both fan out to every channel, and both workers take jobs.
    await Promise.all([
      insertAlert(dbUrl, user.user.id).then((a) => enqueue(first.running, a)),
      insertAlert(dbUrl, user.user.id).then((a) => enqueue(second, a)),
    ]);
    await waitFor(
      'every delivery SENT',
      () => deliveryRows(dbUrl),
      (r) => r.length === 2 * CHANNELS && r.every((d) => d.status === 'SENT'),
      60_000,
    );
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(receiver.distinctKeys(), 2 * CHANNELS);
    assert.equal(receiver.received.length, 2 * CHANNELS, 'none sent by both replicas');
  } finally {
    await second.close();
    await receiver.close();
    await first.close();
  }
});
