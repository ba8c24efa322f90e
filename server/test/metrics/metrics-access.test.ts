import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { networkInterfaces } from 'node:os';
import { freePort } from '../helpers/spawn-server.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

// Issue #11: /metrics (upstream hosts, process internals) was public in production. Now: not on the
// public port in production unless METRICS_TOKEN is set (then only to that bearer), or on its own
// loopback-only METRICS_PORT; open outside production as before unless configured.
const PROD = { NODE_ENV: 'production', JWT_SECRET: 'm'.repeat(40), SIMULATOR: 'off' };
const TOKEN = 'metrics-token-0123456789abcdef';
let prod: TestApp;
let prodToken: TestApp;
let prodPort: TestApp;
let dev: TestApp;
let metricsPort: number;
before(async () => {
  metricsPort = await freePort();
  [prod, prodToken, prodPort, dev] = await Promise.all([
    startTestApp(PROD),
    startTestApp({ ...PROD, METRICS_TOKEN: TOKEN }),
    startTestApp({ ...PROD, METRICS_PORT: String(metricsPort) }),
    startTestApp({ SIMULATOR: 'off' }),
  ]);
});
after(() => Promise.all([prod, prodToken, prodPort, dev].map((a) => a?.close())));

const scrape = (base: string, authorization?: string) => fetch(`${base}/metrics`, { headers: authorization ? { authorization } : {} });

test('production: /metrics is not on the public port without a token', async () => {
  const res = await scrape(prod.url);
  assert.equal(res.status, 404);
  assert.doesNotMatch(await res.text(), /upstream_requests_total|process_cpu/);
});

test('production with METRICS_TOKEN: only the bearer of that token reads /metrics', async () => {
  for (const auth of [undefined, 'Bearer wrong', `Bearer ${TOKEN}x`, `Basic ${TOKEN}`, TOKEN]) {
    const res = await scrape(prodToken.url, auth);
    assert.equal(res.status, 401, String(auth));
    assert.equal(res.headers.get('www-authenticate'), 'Bearer realm="metrics"');
    assert.doesNotMatch(await res.text(), /upstream_requests_total/);
  }
  const ok = await scrape(prodToken.url, `Bearer ${TOKEN}`);
  assert.equal(ok.status, 200);
  assert.match(await ok.text(), /process_cpu_user_seconds_total/);
});

test('METRICS_PORT: /metrics moves to a loopback-only listener', async () => {
  assert.equal((await scrape(prodPort.url)).status, 404, 'not on the public port');
  assert.equal(prodPort.running.metricsUrl, `http://127.0.0.1:${metricsPort}`);
  const res = await scrape(prodPort.running.metricsUrl!);
  assert.equal(res.status, 200);
  assert.match(await res.text(), /process_cpu_user_seconds_total/);
  assert.equal((await fetch(`${prodPort.running.metricsUrl}/graphql`)).status, 404, 'nothing else there');
  // Bound to loopback only: another address of this machine does not answer.
  const external = Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal);
  if (external) await assert.rejects(fetch(`http://${external.address}:${metricsPort}/metrics`), `not reachable on ${external.address}`);
});

test('outside production /metrics stays open on the public port (the bench reads it)', async () => {
  const res = await scrape(dev.url);
  assert.equal(res.status, 200);
  assert.match(await res.text(), /upstream_requests_total|process_cpu_user_seconds_total/);
});
