import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

// Issue #11: no security headers at all. helmet: CSP, nosniff, no framing, a referrer policy; HSTS
// only when a trusted proxy says the request came over HTTPS.
let app: TestApp;
let proxied: TestApp;
before(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'minegnk-ui-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div><script type="module" src="/assets/x.js"></script>');
  const ui = { SERVE_CLIENT: 'true', CLIENT_DIST_DIR: dist, SIMULATOR: 'off' };
  app = await startTestApp(ui);
  proxied = await startTestApp({ ...ui, TRUST_PROXY: 'loopback' });
});
after(async () => {
  await app.close();
  await proxied.close();
});

function directives(csp: string | null): Map<string, string[]> {
  assert.ok(csp, 'Content-Security-Policy is set');
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
}

function assertCommonHeaders(res: Response, what: string) {
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff', what);
  assert.equal(res.headers.get('x-frame-options'), 'DENY', what);
  assert.equal(res.headers.get('referrer-policy'), 'no-referrer', what);
  assert.equal(res.headers.get('strict-transport-security'), null, `${what}: no HSTS over plain HTTP`);
  const csp = directives(res.headers.get('content-security-policy'));
  assert.deepEqual(csp.get('frame-ancestors'), ["'none'"], what);
  assert.deepEqual(csp.get('default-src'), ["'self'"], what);
  assert.deepEqual(csp.get('object-src'), ["'none'"], what);
  return csp;
}

test('the UI, the API and the health probe carry the security headers', async () => {
  const ui = await fetch(`${app.url}/`, { headers: { accept: 'text/html' } });
  assert.equal(ui.status, 200);
  const uiCsp = assertCommonHeaders(ui, 'GET /');
  assert.deepEqual(uiCsp.get('script-src'), ["'self'"], 'the UI runs only its own scripts');
  const api = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ serverInfo { name } }' }),
  });
  assert.equal(api.status, 200);
  assertCommonHeaders(api, 'POST /graphql');
  const live = await fetch(`${app.url}/health/live`);
  assert.equal(live.status, 200);
  assertCommonHeaders(live, 'GET /health/live');
});

test('the playground page runs under its CSP: CDN assets allowed, its inline script allowed by hash', async () => {
  const res = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.match(html, /GraphiQL/);
  const csp = assertCommonHeaders(res, 'GET /graphql (playground)');
  const scriptSrc = csp.get('script-src') ?? [];
  assert.ok(!scriptSrc.includes("'unsafe-inline'") && !scriptSrc.includes("'unsafe-eval'"), scriptSrc.join(' '));
  for (const [, src] of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) {
    assert.ok(scriptSrc.includes(new URL(src).origin), `script ${src} allowed by ${scriptSrc.join(' ')}`);
  }
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  assert.ok(inline.length > 0);
  for (const body of inline) {
    const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
    assert.ok(scriptSrc.includes(hash), `inline script allowed by its hash ${hash}`);
  }
  for (const [, href] of html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) {
    assert.ok(csp.get('style-src')?.includes(new URL(href).origin), `stylesheet ${href}`);
  }
});

test('HSTS only when a trusted proxy says the request came over HTTPS', async () => {
  const https = { 'x-forwarded-proto': 'https' };
  const direct = await fetch(`${app.url}/health/live`, { headers: https });
  assert.equal(direct.headers.get('strict-transport-security'), null, 'X-Forwarded-Proto from an untrusted peer is ignored');
  const viaProxy = await fetch(`${proxied.url}/health/live`, { headers: https });
  assert.match(viaProxy.headers.get('strict-transport-security') ?? '', /^max-age=\d+; includeSubDomains$/);
  const plain = await fetch(`${proxied.url}/health/live`);
  assert.equal(plain.headers.get('strict-transport-security'), null, 'not over plain HTTP even behind the proxy');
});
