import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { registerCustomer, type Session } from '../../helpers/accounts.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';

/**
 * Uptime is the HEALTHY share of the time the portal has observed the node within the 7-day window,
 * and says since when it observes: a node watched for a day and HEALTHY all along is 100 %, since
 * about a day ago — not a share of 7 days.
 */
let app: TestApp;
let customer: Session;
const HOUR = 3_600_000;

before(async () => {
  app = await startTestApp();
  customer = await registerCustomer(app, 'uptime@example.com');
});
after(() => app.close());

/** A tracked node with status events at the given hours ago (oldest first). */
async function nodeWithEvents(identifier: string, events: [hoursAgo: number, status: string][]): Promise<string> {
  return withClient(app.db.url, async (c) => {
    const n = await c.query(`INSERT INTO nodes (identifier, identifier_type) VALUES ($1, 'wallet') RETURNING id`, [identifier]);
    const id = n.rows[0].id as string;
    await c.query(`INSERT INTO user_nodes (user_id, node_id) VALUES ($1, $2)`, [customer.user.id, id]);
    let old: string | null = null;
    for (const [hoursAgo, status] of events) {
      await c.query(
        `INSERT INTO node_status_events (node_id, at, old_status, new_status, reason) VALUES ($1, now() - make_interval(hours => $2), $3, $4, 'test')`,
        [id, hoursAgo, old, status],
      );
      old = status;
    }
    return id;
  });
}

async function uptime(id: string): Promise<{ uptimePercent: number | null; uptimeObservedSince: string | null }> {
  const res = await app.gql(`query($id: ID!) { node(id: $id) { uptimePercent uptimeObservedSince } }`, { id }, customer.accessToken);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data.node;
}

function assertAbout(actual: string | null, hoursAgo: number) {
  assert.ok(actual, 'observed since is set');
  const drift = Math.abs(Date.parse(actual) - (Date.now() - hoursAgo * HOUR));
  assert.ok(drift < 5 * 60_000, `observed since ${actual}, expected about ${hoursAgo} h ago`);
}

test('first observed a day ago and HEALTHY since: 100 %, observed since about a day ago', async () => {
  const u = await uptime(await nodeWithEvents('gonka1uptimeaday', [[24, 'healthy']]));
  assert.equal(u.uptimePercent, 100);
  assertAbout(u.uptimeObservedSince, 24);
});

test('the share counts observed time only: offline 2 d → 1 d ago, then healthy = 50 %', async () => {
  const u = await uptime(
    await nodeWithEvents('gonka1uptimehalf', [
      [48, 'offline'],
      [24, 'healthy'],
    ]),
  );
  assert.equal(u.uptimePercent, 50);
  assertAbout(u.uptimeObservedSince, 48);
});

test('observed longer than the window: the window start, and the share of the whole window', async () => {
  const u = await uptime(
    await nodeWithEvents('gonka1uptimelong', [
      [10 * 24, 'unhealthy'],
      [42, 'healthy'],
    ]),
  );
  assert.equal(u.uptimePercent, 25);
  assertAbout(u.uptimeObservedSince, 7 * 24);
});

test('never observed: both null', async () => {
  const u = await uptime(await nodeWithEvents('gonka1uptimenever', []));
  assert.deepEqual(u, { uptimePercent: null, uptimeObservedSince: null });
});
