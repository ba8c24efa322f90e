import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { AppConfig, ConfigError } from '../../src/config/app-config.js';
import { LOGIN_FAILURES_PER_IP } from '../../src/modules/auth/login-throttle.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

// Issue #11: behind a reverse proxy the per-address sign-in throttle saw only the proxy's address.
// TRUST_PROXY tells Express which hops' X-Forwarded-For to believe; without it the header is ignored,
// so a client cannot pick a fresh address per guess.
let direct: TestApp;
let proxied: TestApp;
before(async () => {
  direct = await startTestApp({ SIMULATOR: 'off' });
  proxied = await startTestApp({ SIMULATOR: 'off', TRUST_PROXY: '127.0.0.1' });
});
after(async () => {
  await direct.close();
  await proxied.close();
});

let n = 0;
async function failedLogin(app: TestApp, forwardedFor?: string): Promise<string | undefined> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (forwardedFor) headers['x-forwarded-for'] = forwardedFor;
  const query = 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }';
  // A fresh email each time: only the per-address limit is in play.
  const variables = { input: { email: `guess${n++}@example.com`, password: 'wrong-password-1' } };
  const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as any;
  return body.errors?.[0]?.extensions?.code;
}

test('without TRUST_PROXY, X-Forwarded-For is ignored: a new forged address per guess does not escape the throttle', async () => {
  for (let i = 0; i < LOGIN_FAILURES_PER_IP; i++) assert.equal(await failedLogin(direct, `198.51.100.${i}`), 'UNAUTHENTICATED');
  assert.equal(await failedLogin(direct, '198.51.100.250'), 'RATE_LIMITED');
});

test('with TRUST_PROXY, the address the proxy forwards is the one throttled', async () => {
  for (let i = 0; i < LOGIN_FAILURES_PER_IP; i++) assert.equal(await failedLogin(proxied, '203.0.113.7'), 'UNAUTHENTICATED');
  assert.equal(await failedLogin(proxied, '203.0.113.7'), 'RATE_LIMITED');
  assert.equal(await failedLogin(proxied, '203.0.113.8'), 'UNAUTHENTICATED', 'another client behind the same proxy is not locked out');
  // A client that prepends its own X-Forwarded-For entry still gets the address the proxy saw.
  assert.equal(await failedLogin(proxied, '192.0.2.1, 203.0.113.7'), 'RATE_LIMITED');
});

test('TRUST_PROXY is validated: false, true, a hop count or a list of addresses/subnets', () => {
  const parse = (v: string) => new AppConfig({ TRUST_PROXY: v }).env.TRUST_PROXY;
  assert.equal(new AppConfig({}).env.TRUST_PROXY, false);
  assert.equal(parse('false'), false);
  assert.equal(parse('true'), true);
  assert.equal(parse('2'), 2);
  assert.deepEqual(parse('10.0.0.0/8, loopback,fd00::/8 , 192.0.2.10'), ['10.0.0.0/8', 'loopback', 'fd00::/8', '192.0.2.10']);
  for (const bad of ['proxy.example.com', '10.0.0.0/33', '300.1.1.1', 'yes', '10.0.0.1/8/1']) {
    assert.throws(
      () => parse(bad),
      (e: Error) => e instanceof ConfigError && /TRUST_PROXY: expected false, true, a number of proxy hops/.test(e.message),
      bad,
    );
  }
});
