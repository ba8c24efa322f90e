/**
 * Ended sessions across two replicas (issue #17): a sign-out, a password change or a reused refresh
 * token on replica A stops the session's access token on replica B too — HTTP requests are refused
 * (UNAUTHENTICATED) and B's open live socket is closed (4403) by its periodic session re-check —
 * through Redis, and from PostgreSQL while Redis is unreachable (written to Redis once it is back).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { CacheService } from '../../../src/cache/cache.service.js';
import { SESSION_RECHECK_MS } from '../../../src/graphql/live/live-sockets.js';
import { REVOCATION_RECHECK_MS } from '../../../src/modules/auth/session-revocations.js';
import { AUTH_FIELDS, code, login, registerCustomer, type Session } from '../../helpers/accounts.js';
import { connectLive } from '../../helpers/live-client.js';
import { pgProxy } from '../../helpers/pg-proxy.js';
import { startReplicas } from '../../helpers/replicas.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

const ME = '{ me { id } }';
const LOGOUT = 'mutation { logout }';
const REFRESH = `mutation ($t: String!) { refreshToken(refreshToken: $t) { ${AUTH_FIELDS} } }`;
const CHANGE = 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }';

// The suite runs with Redis (CI, this machine); on a machine with only Node there is nothing shared.
const withRedis = process.env.REDIS_URL ? test : () => undefined;

let proxy: Awaited<ReturnType<typeof pgProxy>>;
let replicas: Awaited<ReturnType<typeof startReplicas>>;
before(async () => {
  if (!process.env.REDIS_URL) return;
  // Both replicas reach Redis through one TCP proxy, so the last test can take Redis away from both.
  proxy = await pgProxy(new URL(process.env.REDIS_URL));
  replicas = await startReplicas({ REDIS_URL: `redis://127.0.0.1:${proxy.port}` });
});
after(async () => {
  await replicas?.close();
  await proxy?.close();
});

/** A socket on `app` with the session's access token, acknowledged. */
async function socketOn(app: TestApp, session: Session) {
  const live = connectLive(app, { token: session.accessToken });
  await live.connected;
  return live;
}

/** B refuses the session on HTTP and closes B's socket with 4403 within its re-check period. */
async function assertEndedOnB(b: TestApp, session: Session, live: Awaited<ReturnType<typeof socketOn>>) {
  const closed = await Promise.race([live.closed, sleep(SESSION_RECHECK_MS * 2 + 500).then(() => ({ code: 0, reason: 'still open' }))]);
  assert.equal(closed.code, 4403, closed.reason);
  assert.match(closed.reason, /session ended/);
  await sleep(REVOCATION_RECHECK_MS);
  const res = await b.gql(ME, {}, session.accessToken);
  assert.equal(code(res), 'UNAUTHENTICATED', JSON.stringify(res));
}

withRedis('sign-out on replica A: replica B refuses the access token and closes its socket with 4403', async () => {
  const { a, b } = replicas;
  const s = await registerCustomer(a, 'signout-ab@example.com');
  assert.equal((await b.gql(ME, {}, s.accessToken)).data.me.id, s.user.id);
  const live = await socketOn(b, s);
  assert.equal((await a.gql(LOGOUT, {}, s.accessToken)).data.logout, true);
  await assertEndedOnB(b, s, live);
});

withRedis('a reused refresh token on replica A ends the session on replica B', async () => {
  const { a, b } = replicas;
  const s = await registerCustomer(a, 'reuse-ab@example.com');
  const rotated = (await b.gql(REFRESH, { t: s.refreshToken })).data.refreshToken as Session;
  const live = await socketOn(b, rotated);
  assert.equal(code(await a.gql(REFRESH, { t: s.refreshToken })), 'UNAUTHENTICATED');
  await assertEndedOnB(b, rotated, live);
});

withRedis("a password change on replica A ends the account's other sessions on replica B", async () => {
  const { a, b } = replicas;
  const s = await registerCustomer(a, 'change-ab@example.com');
  const other = (await login(b, 'change-ab@example.com', 'customer-password-1')).data.login as Session;
  const live = await socketOn(b, other);
  const input = { currentPassword: 'customer-password-1', newPassword: 'a-brand-new-password' };
  assert.equal((await a.gql(CHANGE, { input }, s.accessToken)).data.changePassword, true);
  await assertEndedOnB(b, other, live);
  assert.equal((await b.gql(ME, {}, s.accessToken)).data.me.id, s.user.id, "the caller's own session goes on");
});

withRedis('with Redis unreachable from both replicas: a sign-out on A still ends the session on B (from PostgreSQL)', { timeout: 60_000 }, async () => {
  const { a, b } = replicas;
  const s = await registerCustomer(a, 'outage-ab@example.com');
  const live = await socketOn(b, s);
  assert.equal((await b.gql(ME, {}, s.accessToken)).data.me.id, s.user.id);
  await proxy.cut('refuse');
  try {
    assert.equal((await a.gql(LOGOUT, {}, s.accessToken)).data.logout, true);
    await assertEndedOnB(b, s, live);
  } finally {
    await proxy.restore();
  }
  // Once Redis is back, A writes what Redis missed: a replica started now (trusting Redis) refuses it too.
  const cache = a.running.app.get(CacheService);
  for (let i = 0; i < 100 && !cache.isShared; i++) await sleep(100);
  assert.equal(cache.isShared, true, 'A reconnected to Redis');
  await a.gql(ME, {}, (await registerCustomer(a, 'outage-trigger@example.com')).accessToken);
  await sleep(300);
  const c = await startTestApp({ ...replicas.env, DATABASE_URL: a.db.url });
  try {
    assert.equal(code(await c.gql(ME, {}, s.accessToken)), 'UNAUTHENTICATED');
  } finally {
    await c.close();
  }
});
