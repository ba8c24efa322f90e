import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { AUTH_FIELDS, code } from '../../helpers/accounts.js';
import { gqlFrom } from '../../helpers/from-address.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';

// Limit from registration-throttle.ts: 10 registrations per address per hour.
const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { ${AUTH_FIELDS} } }`;

let app: TestApp;
before(async () => {
  app = await startTestApp();
});
after(() => app.close());

const registerFrom = (address: string, email: string) => gqlFrom(app.url, address, REGISTER, { input: { email, password: 'customer-password-1' } });

test('one address is RATE_LIMITED after 10 registrations an hour; other addresses still register', async () => {
  for (let i = 0; i < 10; i++) {
    const res = await registerFrom('127.0.0.2', `bulk${i}@example.com`);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  }
  const limited = await registerFrom('127.0.0.2', 'bulk10@example.com');
  assert.equal(code(limited), 'RATE_LIMITED');
  const retry = limited.errors![0].extensions!.retryAfterSeconds;
  assert.ok(Number.isInteger(retry) && retry > 0 && retry <= 3600, `retryAfterSeconds ${retry}`);
  assert.match(limited.errors![0].message, /try again in \d+ s/);
  const created = await withClient(app.db.url, (c) => c.query(`SELECT count(*)::int AS n FROM users WHERE email LIKE 'bulk%'`));
  assert.equal(created.rows[0].n, 10);
  const elsewhere = await registerFrom('127.0.0.3', 'elsewhere@example.com');
  assert.equal(elsewhere.errors, undefined, JSON.stringify(elsewhere.errors));
});

test('attempts on taken emails count too (each costs a password hash)', async () => {
  const first = await registerFrom('127.0.0.4', 'taken@example.com');
  assert.equal(first.errors, undefined);
  for (let i = 0; i < 9; i++) assert.equal(code(await registerFrom('127.0.0.4', 'taken@example.com')), 'CONFLICT');
  assert.equal(code(await registerFrom('127.0.0.4', 'fresh@example.com')), 'RATE_LIMITED');
});
