import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { code, login, registerCustomer } from '../support/accounts.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Limits from login-throttle.ts: 5 failures per email and 20 per address in 15 minutes.
let app: TestApp;
before(async () => {
  app = await startTestApp();
});
after(() => app.close());

test('after 5 failures for one account even the right password is RATE_LIMITED, with retryAfterSeconds', async () => {
  await registerCustomer(app, 'victim@example.com', 'the-right-password');
  for (let i = 0; i < 5; i++) assert.equal(code(await login(app, 'victim@example.com', `wrong-password-${i}`)), 'UNAUTHENTICATED');
  const locked = await login(app, 'victim@example.com', 'the-right-password');
  assert.equal(code(locked), 'RATE_LIMITED');
  const retry = locked.errors![0].extensions!.retryAfterSeconds;
  assert.ok(Number.isInteger(retry) && retry > 0 && retry <= 900, `retryAfterSeconds ${retry}`);
  assert.match(locked.errors![0].message, /try again in \d+ s/);
});

test('a success before the limit resets the account count', async () => {
  await registerCustomer(app, 'forgetful@example.com', 'the-right-password');
  for (let i = 0; i < 4; i++) await login(app, 'forgetful@example.com', 'wrong-password');
  assert.equal((await login(app, 'forgetful@example.com', 'the-right-password')).errors, undefined);
  for (let i = 0; i < 4; i++) await login(app, 'forgetful@example.com', 'wrong-password');
  assert.equal((await login(app, 'forgetful@example.com', 'the-right-password')).errors, undefined);
});

test('one address guessing many accounts is RATE_LIMITED after 20 failures', async () => {
  // 5 + 8 failures so far from this address; spread the rest over fresh emails (under the per-account limit).
  let failures = 13;
  let n = 0;
  while (failures < 20) {
    assert.equal(code(await login(app, `spray${n++}@example.com`, 'guess-password')), 'UNAUTHENTICATED');
    failures++;
  }
  const res = await login(app, 'someone-new@example.com', 'guess-password');
  assert.equal(code(res), 'RATE_LIMITED');
  assert.ok(res.errors![0].extensions!.retryAfterSeconds > 0);
});
