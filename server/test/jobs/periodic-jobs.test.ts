/**
 * Periodic jobs run on pg-boss (issue #17): two replicas on one database both offer the refresh of
 * a TTL slot (and the deliveries sweep of a minute), as their timers do, and exactly one job exists
 * per period and exactly one replica runs it.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { PeriodicJobsService } from '../../src/jobs/periodic-jobs.service.js';
import { REFRESH_JOB, RefresherService } from '../../src/jobs/refresher.service.js';
import { seedCustomerWithNodes } from '../helpers/seed.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { withClient } from '../helpers/test-db.js';

const TTL = 300;
let a: TestApp;
let b: TestApp;

before(async () => {
  const shared = { JWT_SECRET: randomBytes(32).toString('hex'), CACHE_NAMESPACE: `sched-${randomBytes(4).toString('hex')}`, CACHE_TTL_SECONDS: String(TTL) };
  a = await startTestApp(shared);
  b = await startTestApp({ ...shared, DATABASE_URL: a.db.url });
  await seedCustomerWithNodes(a, 'owner-sched@example.com', a.running.upstreams.simulator!.addresses().slice(0, 3));
});
after(async () => {
  await b?.close();
  await a?.close();
});

const jobs = (name = REFRESH_JOB) =>
  withClient(
    a.db.url,
    async (c) => (await c.query(`SELECT id, state FROM pgboss.job WHERE name = $1 ORDER BY created_on`, [name])).rows as { id: string; state: string }[],
  );
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('both replicas offer the slot’s refresh: one job, run once, by one of them', { timeout: 60_000 }, async () => {
  // Offers straddling a slot boundary would rightly make two jobs: start well inside a slot.
  const intoSlot = (Date.now() / 1000) % TTL;
  if (intoSlot > TTL - 20) await pause((TTL - intoSlot + 1) * 1000);
  const offers = await Promise.all([a, b, a, b].map((app) => app.running.app.get(PeriodicJobsService).offer(REFRESH_JOB)));
  assert.equal(offers.filter((id) => id !== null).length, 1, `offers: ${JSON.stringify(offers)}`);
  const deadline = Date.now() + 30_000;
  while ((await jobs()).some((j) => j.state !== 'completed') && Date.now() < deadline) await pause(250);
  const rows = await jobs();
  assert.deepEqual(
    rows.map((j) => j.state),
    ['completed'],
  );
  const ran = [a, b].filter((app) => app.running.app.get(RefresherService).lastReport !== undefined);
  assert.equal(ran.length, 1, 'exactly one replica refreshed');
  assert.equal(ran[0].running.app.get(RefresherService).lastReport?.ok, true);
  assert.equal(ran[0].running.app.get(RefresherService).lastReport?.tracked, 3);
});

test('the deliveries sweep is one job a minute however many replicas offer it', { timeout: 60_000 }, async () => {
  if ((Date.now() / 1000) % 60 > 50) await pause(11_000);
  const offers = await Promise.all([a, b, a, b].map((app) => app.running.app.get(PeriodicJobsService).offer('deliveries-sweep')));
  assert.equal(offers.filter((id) => id !== null).length, 1, `offers: ${JSON.stringify(offers)}`);
  const deadline = Date.now() + 30_000;
  while ((await jobs('deliveries-sweep')).some((j) => j.state !== 'completed') && Date.now() < deadline) await pause(250);
  assert.deepEqual(
    (await jobs('deliveries-sweep')).map((j) => j.state),
    ['completed'],
  );
});

test('periodic_job_running names the replica running a periodic job, for as long as it runs', { timeout: 60_000 }, async () => {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  for (const app of [a, b]) app.running.app.get(PeriodicJobsService).register({ name: 'test-held', everySeconds: 300, run: () => held });
  const running = async (app: TestApp) => /^periodic_job_running\{job="test-held"\} 1$/m.test(await (await fetch(`${app.url}/metrics`)).text());
  await a.running.app.get(PeriodicJobsService).offer('test-held');
  await b.running.app.get(PeriodicJobsService).offer('test-held'); // b's worker too: either may take it
  const deadline = Date.now() + 20_000;
  let states: boolean[] = [false, false];
  while (!states.some(Boolean) && Date.now() < deadline) {
    states = await Promise.all([a, b].map(running));
    await pause(100);
  }
  assert.equal(states.filter(Boolean).length, 1, `running on ${JSON.stringify(states)}`);
  release();
  const done = Date.now() + 10_000;
  while ((await Promise.all([a, b].map(running))).some(Boolean) && Date.now() < done) await pause(100);
  assert.deepEqual(await Promise.all([a, b].map(running)), [false, false]);
});
