/**
 * Sign-in, registration and API-token limits across two replicas (issue #17): with REDIS_URL the
 * counts live in Redis, so attempts spread over both instances hit each limit at the same count as
 * on one. Without REDIS_URL each process counts its own (the single-process default).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { AUTH_FIELDS, code, registerCustomer } from '../../helpers/accounts.js';
import { gqlFrom } from '../../helpers/from-address.js';
import { pgProxy } from '../../helpers/pg-proxy.js';
import { startReplicas } from '../../helpers/replicas.js';
import { gqlRequest, startTestApp, type TestApp } from '../../helpers/test-app.js';
import { createToken, ME } from '../api-tokens/api-token-helpers.js';

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { ${AUTH_FIELDS} } }`;
const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { ${AUTH_FIELDS} } }`;
const API_LIMIT = 6;
const ENV = { API_TOKEN_RATE_LIMIT_PER_MINUTE: String(API_LIMIT) };

const loginOn = (app: TestApp, address: string, email: string, password: string) => gqlFrom(app.url, address, LOGIN, { input: { email, password } });
const registerOn = (app: TestApp, address: string, email: string) => gqlFrom(app.url, address, REGISTER, { input: { email, password: 'customer-password-1' } });

// The suite runs with Redis (CI, this machine); on a machine with only Node the shared-store checks
// have nothing to share and only the per-process one runs.
const withRedis = process.env.REDIS_URL ? test : () => undefined;

let shared: Awaited<ReturnType<typeof startReplicas>>;
let memory: Awaited<ReturnType<typeof startReplicas>>;
before(async () => {
  if (process.env.REDIS_URL) shared = await startReplicas(ENV);
  memory = await startReplicas({ ...ENV, REDIS_URL: '' });
});
after(async () => {
  await shared?.close();
  await memory?.close();
});

withRedis('with REDIS_URL: failed sign-ins alternated over two replicas lock the account+address at the 6th attempt, on either', async () => {
  const { a, b } = shared;
  await registerCustomer(a, 'spread@example.com', 'the-right-password');
  for (let i = 0; i < 5; i++) {
    const res = await loginOn(i % 2 ? b : a, '127.0.3.1', 'spread@example.com', `wrong-password-${i}`);
    assert.equal(code(res), 'UNAUTHENTICATED', `attempt ${i + 1}`);
  }
  for (const app of [a, b]) {
    const locked = await loginOn(app, '127.0.3.1', 'spread@example.com', 'the-right-password');
    assert.equal(code(locked), 'RATE_LIMITED');
    const retry = locked.errors![0].extensions!.retryAfterSeconds;
    assert.ok(Number.isInteger(retry) && retry > 0 && retry <= 900, `retryAfterSeconds ${retry}`);
  }
  // The owner elsewhere is not locked out, on either replica.
  for (const app of [a, b]) assert.equal((await loginOn(app, '127.0.3.2', 'spread@example.com', 'the-right-password')).errors, undefined);
});

withRedis('with REDIS_URL: a success on one replica clears the account+address count on the other', async () => {
  const { a, b } = shared;
  await registerCustomer(a, 'forgetful-spread@example.com', 'the-right-password');
  for (let i = 0; i < 4; i++) await loginOn(b, '127.0.3.3', 'forgetful-spread@example.com', 'wrong-password');
  assert.equal((await loginOn(a, '127.0.3.3', 'forgetful-spread@example.com', 'the-right-password')).errors, undefined);
  for (let i = 0; i < 4; i++) await loginOn(b, '127.0.3.3', 'forgetful-spread@example.com', 'wrong-password');
  assert.equal((await loginOn(b, '127.0.3.3', 'forgetful-spread@example.com', 'the-right-password')).errors, undefined);
});

withRedis('with REDIS_URL: registrations alternated over two replicas are RATE_LIMITED at the 11th from one address', async () => {
  const { a, b } = shared;
  for (let i = 0; i < 10; i++) {
    const res = await registerOn(i % 2 ? b : a, '127.0.3.4', `spread-bulk${i}@example.com`);
    assert.equal(res.errors, undefined, `registration ${i + 1}: ${JSON.stringify(res.errors)}`);
  }
  for (const app of [a, b]) assert.equal(code(await registerOn(app, '127.0.3.4', `spread-bulk-late@example.com`)), 'RATE_LIMITED');
});

withRedis("with REDIS_URL: an API token's per-minute limit holds over both replicas together", async () => {
  const { a, b } = shared;
  const owner = await registerCustomer(a, 'api-spread@example.com');
  const { token } = await createToken(a, owner, { name: 'spread', scope: 'READ' });
  for (let i = 0; i < API_LIMIT; i++) {
    const ok = await gqlRequest<any>((i % 2 ? b : a).url, ME, {}, token);
    assert.equal(ok.errors, undefined, `request ${i + 1}: ${JSON.stringify(ok.errors)}`);
  }
  for (const app of [a, b]) {
    const limited = await gqlRequest<any>(app.url, ME, {}, token);
    assert.equal(code(limited), 'RATE_LIMITED');
    assert.equal(limited.errors![0].extensions!.limit, API_LIMIT);
  }
});

test('without REDIS_URL: each process counts its own attempts (sign-in, registration, API token)', async () => {
  const { a, b } = memory;
  await registerCustomer(a, 'local@example.com', 'the-right-password');
  for (let i = 0; i < 5; i++) assert.equal(code(await loginOn(a, '127.0.3.5', 'local@example.com', 'wrong-password')), 'UNAUTHENTICATED');
  assert.equal(code(await loginOn(a, '127.0.3.5', 'local@example.com', 'the-right-password')), 'RATE_LIMITED');
  assert.equal((await loginOn(b, '127.0.3.5', 'local@example.com', 'the-right-password')).errors, undefined);

  for (let i = 0; i < 10; i++) assert.equal((await registerOn(a, '127.0.3.6', `local-bulk${i}@example.com`)).errors, undefined);
  assert.equal(code(await registerOn(a, '127.0.3.6', 'local-bulk-late@example.com')), 'RATE_LIMITED');
  assert.equal((await registerOn(b, '127.0.3.6', 'local-bulk-late@example.com')).errors, undefined);

  const owner = await registerCustomer(a, 'api-local@example.com');
  const { token } = await createToken(a, owner, { name: 'local', scope: 'READ' });
  for (let i = 0; i < API_LIMIT; i++) assert.equal((await gqlRequest<any>(a.url, ME, {}, token)).errors, undefined);
  assert.equal(code(await gqlRequest<any>(a.url, ME, {}, token)), 'RATE_LIMITED');
  assert.equal((await gqlRequest<any>(b.url, ME, {}, token)).errors, undefined);
});

withRedis('with REDIS_URL, Redis gone mid-run: sign-ins are still answered and limited per process (in-memory insurance)', { timeout: 60_000 }, async () => {
  const proxy = await pgProxy(new URL(process.env.REDIS_URL!));
  const app = await startTestApp({ REDIS_URL: `redis://127.0.0.1:${proxy.port}` });
  try {
    await registerCustomer(app, 'outage@example.com', 'the-right-password');
    // Three failures counted in Redis; after the cut the process counts from zero (not 3 + n).
    for (let i = 0; i < 3; i++) await loginOn(app, '127.0.3.7', 'outage@example.com', 'wrong-password');
    await proxy.cut('silent');
    for (let i = 0; i < 5; i++) assert.equal(code(await loginOn(app, '127.0.3.7', 'outage@example.com', 'wrong-password')), 'UNAUTHENTICATED');
    assert.equal(code(await loginOn(app, '127.0.3.7', 'outage@example.com', 'the-right-password')), 'RATE_LIMITED');
    const owner = await loginOn(app, '127.0.3.8', 'outage@example.com', 'the-right-password');
    assert.equal(owner.errors, undefined, JSON.stringify(owner.errors));
  } finally {
    await app.close();
    await proxy.close();
  }
});
