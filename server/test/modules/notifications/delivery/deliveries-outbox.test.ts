import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Db } from '../../../../src/database/db.js';
import { BossService } from '../../../../src/jobs/boss.service.js';
import { DeliveryLoadersFactory } from '../../../../src/modules/notifications/delivery/delivery-loaders.js';
import { DeliverySweeper } from '../../../../src/modules/notifications/delivery/delivery-sweeper.js';
import { OutboxService } from '../../../../src/modules/notifications/delivery/outbox.service.js';
import { registerCustomer, type Session } from '../../../helpers/accounts.js';
import { startTestApp, type TestApp } from '../../../helpers/test-app.js';
import { withClient } from '../../../helpers/test-db.js';
import { DELIVERY_ENV, deliveryRows, enqueue, insertAlert, waitFor, webhookChannel } from './delivery-fixtures.js';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.js';

const SECRET = 'whsec-outbox-0123456789abcdef';
let app: TestApp;
let customer: Session;
let receiver: WebhookReceiver;

before(async () => {
  app = await startTestApp(DELIVERY_ENV);
  customer = await registerCustomer(app, 'outbox@minegnk.test');
  receiver = await startWebhookReceiver(SECRET);
});

after(async () => {
  await receiver.close();
  await app.close();
});

const jobCount = (deliveryId: string) =>
  withClient(app.db.url, async (c) => (await c.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE data->>'deliveryId' = $1`, [deliveryId])).rows[0].n);

test("a rolled-back alert transaction leaves no delivery and no job (they share the caller's transaction)", async () => {
  await webhookChannel(app.running, customer.user.id, receiver.url, SECRET);
  const alert = await insertAlert(app.db.url, customer.user.id);
  const failure = new Error('the alert write failed after enqueue');
  await assert.rejects(
    app.running.app.get(Db).transaction(async (tx) => {
      await app.running.app.get(OutboxService).enqueue(tx, alert, 'OPEN');
      throw failure;
    }),
    failure,
  );
  assert.deepEqual(await deliveryRows(app.db.url, 'alert_id = $1', [alert.id]), []);
  const jobs = await withClient(
    app.db.url,
    async (c) => (await c.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE data->>'deliveryId' IS NOT NULL`)).rows[0].n,
  );
  assert.equal(jobs, 0);
});

test('muted alerts are not delivered, opening or resolving (history only)', async () => {
  const alert = await insertAlert(app.db.url, customer.user.id);
  await enqueue(app.running, { ...alert, mutedAt: new Date() });
  await enqueue(app.running, { ...alert, mutedAt: new Date(), state: 'RESOLVED', resolvedAt: new Date() }, 'RESOLVED');
  assert.deepEqual(await deliveryRows(app.db.url, 'alert_id = $1', [alert.id]), []);
});

test('a pg-boss error event is logged, not thrown: the app keeps serving', async () => {
  app.running.app.get(BossService).boss.emit('error', new Error('simulated pg-boss failure'));
  const res = await fetch(`${app.url}/health/live`);
  assert.ok(res.status < 500);
});

test('the sweeper re-queues a PENDING row whose job is gone', async () => {
  const user = await registerCustomer(app, 'orphan@minegnk.test');
  await webhookChannel(app.running, user.user.id, receiver.url, SECRET);
  const alert = await insertAlert(app.db.url, user.user.id);
  // Queue it in a transaction whose job is then removed before any worker runs it: what pg-boss
  // giving up on crashed runs leaves behind. (Same transaction, so the worker cannot race us.)
  await app.running.app.get(Db).transaction(async (tx) => {
    await app.running.app.get(OutboxService).enqueue(tx, alert, 'OPEN');
    await tx.rows(`DELETE FROM pgboss.job WHERE data->>'deliveryId' IN (SELECT id::text FROM notification_deliveries WHERE alert_id = $1)`, [alert.id]);
    await tx.rows(`UPDATE notification_deliveries SET created_at = now() - interval '5 minutes' WHERE alert_id = $1`, [alert.id]);
  });
  const [row] = await deliveryRows(app.db.url, 'alert_id = $1', [alert.id]);
  assert.equal(await jobCount(row.id), 0);
  assert.equal(await app.running.app.get(DeliverySweeper).sweep(), 1);
  const [sent] = await waitFor(
    'SENT after the sweep',
    () => deliveryRows(app.db.url, 'id = $1', [row.id]),
    (r) => r[0]?.status === 'SENT',
  );
  assert.equal(sent.attempts, 1);
  assert.equal(receiver.countFor(row.idempotency_key), 1);
  assert.equal(await app.running.app.get(DeliverySweeper).sweep(), 0, 'nothing left to sweep');
});

test("per-request loaders: each channel's newest delivery, each alert's deliveries", async () => {
  const user = await registerCustomer(app, 'loaders@minegnk.test');
  const a = await webhookChannel(app.running, user.user.id, receiver.url, SECRET);
  const b = await webhookChannel(app.running, user.user.id, receiver.url, SECRET);
  const first = await insertAlert(app.db.url, user.user.id);
  const second = await insertAlert(app.db.url, user.user.id);
  await enqueue(app.running, first);
  await enqueue(app.running, second);
  const loaders = app.running.app.get(DeliveryLoadersFactory).create();
  const [lastA, lastB] = await Promise.all([loaders.lastDeliveryByChannel.load(a.id), loaders.lastDeliveryByChannel.load(b.id)]);
  assert.equal(lastA?.alertId, second.id);
  assert.equal(lastB?.alertId, second.id);
  const [ofFirst, none] = await Promise.all([loaders.deliveriesByAlert.load(first.id), loaders.deliveriesByAlert.load('00000000-0000-4000-8000-000000000000')]);
  assert.deepEqual(ofFirst.map((d) => d.channelId).sort(), [a.id, b.id].sort());
  assert.deepEqual(none, []);
});
