/**
 * A list variable with a thousand invalid values: graphql-js reports 50 of them and then stops with
 * an error of its own that carries no code. Every error of the answer is BAD_USER_INPUT — none is
 * shown (or logged) as internal (found by the hostile-requests drill on `updateNotificationChannel`).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { registerCustomer, type Session } from '../helpers/accounts.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

let app: TestApp;
let user: Session;

before(async () => {
  app = await startTestApp();
  user = await registerCustomer(app, 'many-errors@example.com');
});
after(() => app.close());

test('a thousand invalid enum values: every error BAD_USER_INPUT, the last one says it stopped', async () => {
  const res = await app.gql(
    'mutation ($input: UpdateNotificationChannelInput!) { updateNotificationChannel(input: $input) { id } }',
    { input: { id: '00000000-0000-4000-8000-000000000000', events: Array(1000).fill('HEALTHY') } },
    user.accessToken,
  );
  assert.equal(res.status, 400);
  assert.ok(res.errors && res.errors.length > 1);
  assert.deepEqual([...new Set(res.errors.map((e) => e.extensions?.code))], ['BAD_USER_INPUT']);
  assert.match(res.errors.at(-1)!.message, /error limit reached/);
});
