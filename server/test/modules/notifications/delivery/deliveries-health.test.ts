import assert from 'node:assert/strict';
import { test } from 'node:test';
import { registerCustomer } from '../../../helpers/accounts.js';
import { captureLog } from '../../../helpers/log-capture.js';
import { startTestApp } from '../../../helpers/test-app.js';
import { DELIVERY_ENV, deliveryRows, enqueue, insertAlert, waitFor, webhookChannel } from './delivery-fixtures.js';
import { startWebhookReceiver } from './webhook-receiver.js';

const SECRET = 'whsec-health-0123456789abcdef';
const FAILING = 'notification deliveries are failing';

test('deliveries failing in bulk (10 in 15 min) are reported once', async () => {
  const log = captureLog('warn');
  const receiver = await startWebhookReceiver(SECRET, () => 400);
  const app = await startTestApp(DELIVERY_ENV, { logger: log.logger });
  try {
    const user = await registerCustomer(app, 'failing@minegnk.test');
    for (let i = 0; i < 9; i++) await webhookChannel(app.running, user.user.id, receiver.url, SECRET);
    const first = await insertAlert(app.db.url, user.user.id);
    await enqueue(app.running, first);
    const failed = (r: { status: string }[]) => r.length > 0 && r.every((d) => d.status === 'FAILED');
    await waitFor(
      '9 FAILED',
      () => deliveryRows(app.db.url, 'alert_id = $1', [first.id]),
      (r) => r.length === 9 && failed(r),
    );
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(log.lines().filter((l) => l.msg === FAILING).length, 0, 'below the threshold: nothing said');

    // The 10th and 11th failures cross it; said once, not once per failure.
    const second = await insertAlert(app.db.url, user.user.id);
    await enqueue(app.running, second);
    await waitFor(
      '9 more FAILED',
      () => deliveryRows(app.db.url, 'alert_id = $1', [second.id]),
      (r) => r.length === 9 && failed(r),
    );
    await new Promise((r) => setTimeout(r, 300));
    const said = log.lines().filter((l) => l.msg === FAILING);
    assert.equal(said.length, 1);
    assert.ok(said[0].failed >= 10, JSON.stringify(said[0]));
  } finally {
    await app.close();
    await receiver.close();
  }
});
