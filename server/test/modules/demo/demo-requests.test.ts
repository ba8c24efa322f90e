/**
 * The demo's new-node requests (issue #16) keep an expectation as a customer's request does: the
 * figures the add-node form shows for the same GPU and quantity (the same ExpectedEarningsService,
 * through SupportRequestsService.create). A network that cannot be read leaves them without one:
 * null, never 0. Made once per customer.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_NEW_NODE_REQUESTS, DemoRequestsService } from '../../../src/modules/demo/demo-requests.js';
import { ADMIN_ENV, loginAdmin, registerCustomer, type Session } from '../../helpers/accounts.js';
import { simFault } from '../../helpers/sim.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';

const FIGURES = 'quantity perEpoch perDay basis { gpuModel medianPerGpu epochs fromEpoch toEpoch networkNodes samples epochSeconds }';
const QUEUE = `{ supportRequests(first: 100) { nodes { id type gpuType quantity status createdAt updatedAt adminNotes assignedTo { email }
  user { email } expectedEarnings { ${FIGURES} } } } }`;
const DAY_MS = 86_400_000;
const FORM = `query($gpu: String!, $q: Int!) { expectedEarnings(gpuModel: $gpu, quantity: $q) { unavailableReason expected { ${FIGURES} } } }`;

let app: TestApp;

/** The demo seed for this customer, as DemoSeedService runs it at a demo start (the admin takes one request). */
async function seed(on: TestApp, s: Session): Promise<void> {
  const admin = (await loginAdmin(on)).user;
  await on.running.app.get(DemoRequestsService).seed({ id: s.user.id, email: s.user.email, role: 'user' }, { id: admin.id, email: admin.email, role: 'admin' });
}

/** Support's queue, the customer's requests only. */
async function queueOf(on: TestApp, s: Session): Promise<any[]> {
  const res = await on.gql(QUEUE, {}, (await loginAdmin(on)).accessToken);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data.supportRequests.nodes.filter((r: any) => r.user.email === s.user.email);
}

before(async () => {
  app = await startTestApp(ADMIN_ENV);
  app.running.upstreams.simulator!.pauseClock(true);
});
after(() => app.close());

test('the demo requests wait in support’s queue with the figures the form shows for the same GPU and quantity; a second seed adds nothing', async () => {
  const customer = await registerCustomer(app, 'demo-customer@example.com');
  const seededAt = Date.now();
  await seed(app, customer);
  const queue = await queueOf(app, customer);
  // Sent days ago (issue #15: a month-old account's requests were not all made this second); the H100 one taken by support since.
  for (const r of queue) {
    const { daysAgo, takenDaysAgo, note } = DEMO_NEW_NODE_REQUESTS.find((d) => d.gpuType === r.gpuType)!;
    assert.ok(Math.abs(seededAt - daysAgo * DAY_MS - Date.parse(r.createdAt)) < 5000, `${r.gpuType} sent ${r.createdAt}`);
    const taken = takenDaysAgo === null ? null : seededAt - takenDaysAgo * DAY_MS;
    assert.ok(Math.abs((taken ?? Date.parse(r.createdAt)) - Date.parse(r.updatedAt)) < 5000, `${r.gpuType} updated ${r.updatedAt}`);
    assert.deepEqual([r.assignedTo?.email ?? null, r.adminNotes], taken === null ? [null, null] : [ADMIN_ENV.ADMIN_EMAIL, note]);
  }
  assert.deepEqual(
    queue.map((r) => [r.type, r.status, r.gpuType, r.quantity]).sort(),
    DEMO_NEW_NODE_REQUESTS.map((r) => ['NEW_NODE', 'PENDING', r.gpuType, r.quantity]).sort(),
  );
  for (const r of queue) {
    const form = (await app.gql(FORM, { gpu: r.gpuType, q: r.quantity }, customer.accessToken)).data.expectedEarnings;
    assert.equal(form.unavailableReason, null, `the simulator's network has ${r.gpuType} hosts`);
    assert.deepEqual(r.expectedEarnings, form.expected, `${r.quantity}× ${r.gpuType}: as the form shows it`);
    assert.ok(Number(r.expectedEarnings.perEpoch) > 0);
  }

  await seed(app, customer);
  assert.deepEqual((await queueOf(app, customer)).map((r) => r.id).sort(), queue.map((r) => r.id).sort(), 'made once per customer');
});

test('a network that cannot be read (nothing cached yet): the demo requests are made, without an expectation — null, not 0', async () => {
  // Its own app: the one above has the figures cached, and a network back up would sit behind open breakers for 30 s.
  const offline = await startTestApp(ADMIN_ENV);
  try {
    const customer = await registerCustomer(offline, 'demo-offline@example.com');
    await simFault(offline, { route: '*', kind: 'http500' });
    await seed(offline, customer);
    const queue = await queueOf(offline, customer);
    assert.equal(queue.length, DEMO_NEW_NODE_REQUESTS.length);
    for (const r of queue) assert.equal(r.expectedEarnings, null, `${r.quantity}× ${r.gpuType}`);
    const stored = await withClient(offline.db.url, (c) =>
      c.query(`SELECT expected_per_epoch_gnk, expected_per_day_gnk, expected_basis, expected_at FROM support_requests WHERE user_id = $1`, [customer.user.id]),
    );
    assert.equal(stored.rows.length, DEMO_NEW_NODE_REQUESTS.length);
    for (const row of stored.rows) assert.deepEqual(Object.values(row), [null, null, null, null]);
  } finally {
    await offline.close();
  }
});
