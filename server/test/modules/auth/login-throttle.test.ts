import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { AUTH_FIELDS, code, login, registerCustomer } from '../../helpers/accounts.js';
import { gqlFrom } from '../../helpers/from-address.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

// Limits from login-throttle.ts, per 15 minutes: 5 failures per account from one address, 100 per
// account from anywhere, 20 per address. Requests come from 127.0.0.1 unless sent with gqlFrom.
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { ${AUTH_FIELDS} } }`;
const loginFrom = (address: string, email: string, password: string) => gqlFrom(app.url, address, LOGIN, { input: { email, password } });
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

test('failures from one address do not lock the owner out at another', async () => {
  await registerCustomer(app, 'owner@example.com', 'the-owners-password');
  for (let i = 0; i < 5; i++) assert.equal(code(await loginFrom('127.0.0.2', 'owner@example.com', `guess-${i}-password`)), 'UNAUTHENTICATED');
  // The guessing address is locked out of this account, even with the right password...
  assert.equal(code(await loginFrom('127.0.0.2', 'owner@example.com', 'the-owners-password')), 'RATE_LIMITED');
  // ...the owner elsewhere is not.
  const owner = await loginFrom('127.0.0.3', 'owner@example.com', 'the-owners-password');
  assert.equal(owner.errors, undefined, JSON.stringify(owner.errors));
  assert.equal(owner.data.login.user.email, 'owner@example.com');
});

test('an account guessed at from many addresses is RATE_LIMITED everywhere after 100 failures', { timeout: 120_000 }, async () => {
  await registerCustomer(app, 'target@example.com', 'the-targets-password');
  // 20 addresses x 5 failures: under every per-address and per-pair limit, at the account ceiling.
  for (let a = 0; a < 20; a++) {
    const address = `127.0.1.${a + 1}`;
    const results = await Promise.all(Array.from({ length: 5 }, (_, i) => loginFrom(address, 'target@example.com', `guess-${i}-password`)));
    for (const r of results) assert.equal(code(r), 'UNAUTHENTICATED');
  }
  const res = await loginFrom('127.0.2.1', 'target@example.com', 'the-targets-password');
  assert.equal(code(res), 'RATE_LIMITED');
  assert.ok(res.errors![0].extensions!.retryAfterSeconds > 0);
});
