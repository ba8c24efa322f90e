import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import pino from 'pino';
import { startApp } from '../../../src/bootstrap.js';
import { AppConfig } from '../../../src/config/app-config.js';
import { REVOCATION_RECHECK_MS } from '../../../src/modules/auth/session-revocations.js';
import { AUTH_FIELDS, code, login, registerAdmin, registerCustomer } from '../../helpers/accounts.js';
import { gqlRequest, startTestApp, type TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';

// Access tokens live up to ACCESS_TOKEN_TTL_SECONDS; these checks prove they stop at once instead.
const ME = '{ me { id role } }';
const USERS = '{ users(first: 1) { totalCount } }';
const REFRESH = `mutation ($t: String!) { refreshToken(refreshToken: $t) { ${AUTH_FIELDS} } }`;
const LOGOUT = 'mutation ($t: String) { logout(refreshToken: $t) }';
const CHANGE = 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }';

const ENV = { ACCESS_TOKEN_TTL_SECONDS: '900', JWT_SECRET: 'revocation-test-secret-revocation-test-secret' };
let app: TestApp;
before(async () => {
  app = await startTestApp(ENV);
});
after(() => app.close());

test('logout with the access token only: that access token is refused on the next request', async () => {
  const s = await registerCustomer(app, 'logout-access@example.com');
  assert.equal((await app.gql(ME, {}, s.accessToken)).data.me.id, s.user.id);
  assert.equal((await app.gql(LOGOUT, {}, s.accessToken)).data.logout, true);
  const res = await app.gql(ME, {}, s.accessToken);
  assert.equal(code(res), 'UNAUTHENTICATED');
  assert.match(res.errors![0].message, /sign in again/);
  // A new sign-in is a new session and works.
  const again = (await login(app, 'logout-access@example.com', 'customer-password-1')).data.login;
  assert.equal((await app.gql(ME, {}, again.accessToken)).data.me.id, s.user.id);
});

test("logout with a refresh token: that session's access token is refused, other sessions keep working", async () => {
  const a = await registerCustomer(app, 'logout-refresh@example.com');
  const b = (await login(app, 'logout-refresh@example.com', 'customer-password-1')).data.login;
  assert.equal((await app.gql(LOGOUT, { t: a.refreshToken })).data.logout, true);
  assert.equal(code(await app.gql(ME, {}, a.accessToken)), 'UNAUTHENTICATED');
  assert.equal((await app.gql(ME, {}, b.accessToken)).data.me.id, a.user.id);
});

test("changePassword: every other session's access token is refused at once; the caller's keeps working", async () => {
  const a = await registerCustomer(app, 'change-access@example.com');
  const b = (await login(app, 'change-access@example.com', 'customer-password-1')).data.login;
  const c = (await login(app, 'change-access@example.com', 'customer-password-1')).data.login;
  const ok = await app.gql(CHANGE, { input: { currentPassword: 'customer-password-1', newPassword: 'brand-new-password' } }, a.accessToken);
  assert.equal(ok.data.changePassword, true);
  assert.equal(code(await app.gql(ME, {}, b.accessToken)), 'UNAUTHENTICATED');
  assert.equal(code(await app.gql(ME, {}, c.accessToken)), 'UNAUTHENTICATED');
  assert.equal((await app.gql(ME, {}, a.accessToken)).data.me.id, a.user.id);
});

test('a reused refresh token ends the sign-in: its access token is refused too', async () => {
  const s = await registerCustomer(app, 'reuse-access@example.com');
  const rotated = (await app.gql(REFRESH, { t: s.refreshToken })).data.refreshToken;
  assert.equal(code(await app.gql(REFRESH, { t: s.refreshToken })), 'UNAUTHENTICATED');
  assert.equal(code(await app.gql(ME, {}, rotated.accessToken)), 'UNAUTHENTICATED');
  assert.equal(code(await app.gql(ME, {}, s.accessToken)), 'UNAUTHENTICATED');
});

test("a demoted admin's access token loses admin rights on the next request", async () => {
  const admin = await registerAdmin(app, 'demoted@example.com');
  assert.equal(typeof (await app.gql(USERS, {}, admin.accessToken)).data.users.totalCount, 'number');
  // There is no demotion in the API: operators change the role in the database.
  await withClient(app.db.url, (c) => c.query(`UPDATE users SET role = 'user' WHERE id = $1`, [admin.user.id]));
  assert.equal(code(await app.gql(USERS, {}, admin.accessToken)), 'FORBIDDEN');
  // Still signed in as the customer the account now is.
  assert.deepEqual((await app.gql(ME, {}, admin.accessToken)).data.me, { id: admin.user.id, role: 'USER' });
});

test("a deleted admin's access token is refused", async () => {
  const admin = await registerAdmin(app, 'deleted-admin@example.com');
  await withClient(app.db.url, (c) => c.query(`DELETE FROM users WHERE id = $1`, [admin.user.id]));
  assert.equal(code(await app.gql(USERS, {}, admin.accessToken)), 'UNAUTHENTICATED');
});

test('a second replica on the same database and cache honours a logout made on the first', async () => {
  const replica = await startApp(
    new AppConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: app.db.url,
      REDIS_URL: process.env.REDIS_URL,
      HOST: '127.0.0.1',
      SERVE_CLIENT: 'false',
      CACHE_NAMESPACE: `test-${app.db.url.split('/').pop()}`,
      ...ENV,
    }),
    pino({ level: 'silent' }),
    { port: 0 },
  );
  try {
    const s = await registerCustomer(app, 'two-replicas@example.com');
    assert.equal((await gqlRequest<any>(replica.url, ME, {}, s.accessToken)).data.me.id, s.user.id);
    assert.equal((await app.gql(LOGOUT, {}, s.accessToken)).data.logout, true);
    await sleep(REVOCATION_RECHECK_MS + 200);
    const res = await gqlRequest<any>(replica.url, ME, {}, s.accessToken);
    // Through Redis the revocation reaches every replica; with memory caches only its own process
    // (the README's caveat) and the other replica honours the token until it expires.
    if (process.env.REDIS_URL) assert.equal(code(res), 'UNAUTHENTICATED');
    else assert.equal(res.data.me.id, s.user.id);
  } finally {
    await replica.close();
  }
});
