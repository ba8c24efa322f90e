import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

// Issue #11: no security headers at all. helmet: CSP, nosniff, no framing, a referrer policy; HSTS
// only when a trusted proxy says the request came over HTTPS.
let app: TestApp;
let proxied: TestApp;
let unbuilt: TestApp;
// What `vite build` writes for client/playground.html (module script, preloads, stylesheet).
const PLAYGROUND_BUILT = `<!doctype html><html lang="en"><head><title>MineGNK GraphQL playground</title>
<script type="module" crossorigin src="/assets/playground-a1.js"></script>
<link rel="modulepreload" crossorigin href="/assets/rolldown-runtime-b2.js">
<link rel="stylesheet" crossorigin href="/assets/playground-c3.css"></head><body><div id="root"></div></body></html>`;
before(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'minegnk-ui-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div><script type="module" src="/assets/x.js"></script>');
  writeFileSync(join(dist, 'playground.html'), PLAYGROUND_BUILT);
  const ui = { SERVE_CLIENT: 'true', CLIENT_DIST_DIR: dist, SIMULATOR: 'off', GRAPHQL_PLAYGROUND: 'true' };
  app = await startTestApp(ui);
  proxied = await startTestApp({ ...ui, TRUST_PROXY: 'loopback' });
  unbuilt = await startTestApp({ ...ui, CLIENT_DIST_DIR: mkdtempSync(join(tmpdir(), 'minegnk-unbuilt-')) });
});
after(async () => {
  await app.close();
  await proxied.close();
  await unbuilt.close();
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
  // The live socket (graphql-ws on /graphql), named for CSP 2 browsers that do not count ws: as 'self'.
  assert.deepEqual(uiCsp.get('connect-src'), ["'self'", `ws://${new URL(app.url).host}`], 'same-origin fetch and WebSocket only');
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

test('the playground is the bundled page from the client build, all same-origin, under the one CSP', async () => {
  const res = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.equal(html, PLAYGROUND_BUILT, 'the page is <CLIENT_DIST_DIR>/playground.html as built');
  const csp = assertCommonHeaders(res, 'GET /graphql (playground)');
  assert.deepEqual(csp.get('script-src'), ["'self'"], 'no CDN origin, no inline-script hash');
  assert.doesNotMatch(res.headers.get('content-security-policy') ?? '', /unpkg\.com|sha256-/);
  const assets = [...html.matchAll(/<(?:script|link)[^>]*\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
  assert.ok(assets.length >= 2, 'the page loads its script and stylesheet');
  for (const src of assets) assert.ok(src.startsWith('/') && !src.startsWith('//'), `same-origin asset ${src}`);
  assert.doesNotMatch(html, /https?:\/\/|<script>/, 'no absolute URL, no inline script');
});

test('without a built client, /graphql says to build it: no CDN, no script', async () => {
  const res = await fetch(`${unbuilt.url}/graphql`, { headers: { accept: 'text/html' } });
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.match(html, /npm run build/);
  assert.doesNotMatch(html, /https?:\/\/|<script/);
  assert.deepEqual(directives(res.headers.get('content-security-policy')).get('script-src'), ["'self'"]);
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
