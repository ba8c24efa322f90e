/**
 * AlertsService.raise is race-free through the partial unique index: concurrent raises of one key
 * open exactly one alert (and enqueue one delivery); a one-shot key is raised once ever, even after
 * it was acknowledged; a stateful key opens again once resolved.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { AlertsService } from '../../../src/modules/alerts/alerts.service.js';
import { registerCustomer, type Session } from '../../helpers/accounts.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { q, deliveryLog } from './alerts-helpers.js';

let app: TestApp;
let user: Session;
let alerts: AlertsService;
let deliveries: Awaited<ReturnType<typeof deliveryLog>>;

before(async () => {
  app = await startTestApp();
  user = await registerCustomer(app, 'race@example.com');
  alerts = app.running.app.get(AlertsService);
  deliveries = await deliveryLog(app, [user]);
});
after(() => app.close());

const system = (dedupeKey: string, kind: 'SYSTEM_UPSTREAM_DOWN' | 'REQUEST_CREATED' = 'SYSTEM_UPSTREAM_DOWN') => ({
  userId: user.user.id,
  nodeId: null,
  kind,
  severity: 'CRITICAL' as const,
  dedupeKey,
  params: { cause: 'UNAVAILABLE' },
});

test('50 concurrent raises of one key: one alert, one delivery', async () => {
  const results = await Promise.all(Array.from({ length: 50 }, () => alerts.raise(system('race:1'))));
  assert.equal(results.filter(Boolean).length, 1);
  assert.equal((await q(app, `SELECT count(*)::int AS n FROM alerts WHERE dedupe_key = 'race:1'`))[0].n, 1);
  assert.equal((await deliveries()).filter((e) => e.alert.dedupeKey === 'race:1').length, 1);
});

test('a stateful key opens again after it resolved; a one-shot key never again', async () => {
  assert.ok(await alerts.resolve(user.user.id, 'race:1'));
  assert.equal(await alerts.resolve(user.user.id, 'race:1'), null, 'nothing open to resolve');
  assert.ok(await alerts.raise(system('race:1')), 'reopened');
  const notice = await alerts.raise(system('REQUEST_CREATED:1', 'REQUEST_CREATED'));
  assert.ok(notice);
  await alerts.acknowledge({ id: user.user.id, role: 'user', email: user.user.email }, notice.id);
  assert.equal(await alerts.raise(system('REQUEST_CREATED:1', 'REQUEST_CREATED')), null, 'a notice is raised once per key');
});
