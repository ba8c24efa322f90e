import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN_ENV, loginAdmin, registerCustomer } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { withClient } from '../support/test-db.js';

const CREATE = `mutation ($input: CreateSupportRequestInput!) { createSupportRequest(input: $input) { id } }`;
const TOTAL = 1000;
const CUSTOMERS = 5;

let app: TestApp;
before(async () => {
  app = await startTestApp(ADMIN_ENV);
});
after(() => app.close());

test(`${TOTAL} concurrent createSupportRequest calls store exactly ${TOTAL} rows`, async () => {
  // Sign in once per customer: argon2 is deliberately slow, and the requests are what is under test.
  const sessions = await Promise.all(Array.from({ length: CUSTOMERS }, (_, i) => registerCustomer(app, `load${i}@example.com`)));
  const started = Date.now();
  const results = await Promise.all(
    Array.from({ length: TOTAL }, (_, i) =>
      app.gql(CREATE, { input: { type: 'NEW_NODE', quantity: (i % 100) + 1, comments: `request ${i}` } }, sessions[i % CUSTOMERS].accessToken),
    ),
  );
  const failed = results.filter((r) => r.errors);
  assert.equal(failed.length, 0, JSON.stringify(failed[0]?.errors));
  assert.equal(new Set(results.map((r) => r.data.createSupportRequest.id)).size, TOTAL);
  const ms = Date.now() - started;
  assert.ok(ms < 30_000, `took ${ms} ms`);

  const counts = await withClient(app.db.url, (c) =>
    c.query(`SELECT count(*)::int AS n, count(DISTINCT comments)::int AS distinct_comments FROM support_requests`),
  );
  assert.deepEqual(counts.rows[0], { n: TOTAL, distinct_comments: TOTAL });
  const perUser = await withClient(app.db.url, (c) => c.query(`SELECT count(*)::int AS n FROM support_requests GROUP BY user_id`));
  assert.deepEqual(perUser.rows.map((r) => r.n), Array(CUSTOMERS).fill(TOTAL / CUSTOMERS));

  const admin = await loginAdmin(app);
  const listed = await app.gql('{ supportRequests(first: 1) { totalCount } }', {}, admin.accessToken);
  assert.equal(listed.data.supportRequests.totalCount, TOTAL);
});
