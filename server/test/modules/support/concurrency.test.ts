import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, request } from 'node:http';
import { ADMIN_ENV, loginAdmin, registerCustomer } from '../../helpers/accounts.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';

const CREATE = `mutation ($input: CreateSupportRequestInput!) { createSupportRequest(input: $input) { id } }`;
const TOTAL = 1000;
const CUSTOMERS = 5;

// All requests are in flight at once; the client keeps at most this many sockets open (the rest queue
// in the agent), so the test measures the server and database rather than the kernel's accept backlog.
const SOCKETS = 200;
const agent = new Agent({ keepAlive: true, maxSockets: SOCKETS });

function post(url: string, body: unknown, token: string): Promise<any> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(`${url}/graphql`, {
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), authorization: `Bearer ${token}` },
    });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve(JSON.parse(text)));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

let app: TestApp;
before(async () => {
  app = await startTestApp(ADMIN_ENV);
});
after(async () => {
  agent.destroy();
  await app.close();
});

test(`${TOTAL} concurrent createSupportRequest calls store exactly ${TOTAL} rows`, async (t) => {
  // Sign in once per customer: argon2 is deliberately slow, and the requests are what is under test.
  const sessions = await Promise.all(Array.from({ length: CUSTOMERS }, (_, i) => registerCustomer(app, `load${i}@example.com`)));
  const started = Date.now();
  const results = await Promise.all(
    Array.from({ length: TOTAL }, (_, i) =>
      post(
        app.url,
        { query: CREATE, variables: { input: { type: 'NEW_NODE', quantity: (i % 100) + 1, comments: `request ${i}` } } },
        sessions[i % CUSTOMERS].accessToken,
      ),
    ),
  );
  const failed = results.filter((r) => r.errors);
  assert.equal(failed.length, 0, JSON.stringify(failed[0]?.errors));
  assert.equal(new Set(results.map((r) => r.data.createSupportRequest.id)).size, TOTAL);
  const ms = Date.now() - started;
  t.diagnostic(`${TOTAL} creates took ${ms} ms`);
  // Generous: CI machines are small and shared; on an idle laptop this is a few seconds.
  assert.ok(ms < 60_000, `took ${ms} ms`);

  const counts = await withClient(app.db.url, (c) =>
    c.query(`SELECT count(*)::int AS n, count(DISTINCT comments)::int AS distinct_comments FROM support_requests`),
  );
  assert.deepEqual(counts.rows[0], { n: TOTAL, distinct_comments: TOTAL });
  const perUser = await withClient(app.db.url, (c) => c.query(`SELECT count(*)::int AS n FROM support_requests GROUP BY user_id`));
  assert.deepEqual(
    perUser.rows.map((r) => r.n),
    Array(CUSTOMERS).fill(TOTAL / CUSTOMERS),
  );

  const admin = await loginAdmin(app);
  const listed = await app.gql('{ supportRequests(first: 1) { totalCount } }', {}, admin.accessToken);
  assert.equal(listed.data.supportRequests.totalCount, TOTAL);
});
