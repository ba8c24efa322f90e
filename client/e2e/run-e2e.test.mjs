// End-to-end story in a real browser (Debian's chromium via playwright-core) against the portal
// started as a user would start it in demo mode. Run: npm run test:e2e (builds first unless
// E2E_SKIP_BUILD=1). Screenshots go to client/test-artifacts/ (git-ignored).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, chmodSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ARTIFACTS = join(ROOT, 'client', 'test-artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CUSTOMER = { email: 'customer@minegnk.demo', password: 'demo-customer-2026' };
const ADMIN = { email: 'admin@minegnk.demo', password: 'demo-admin-2026' };
const STEP_MS = 20_000;
const timings = {};

let server;
let serverLog = '';
let context;
let page;
let base;
let simulatorUrl;
let tmp;

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function startServer(port, pgPort) {
  const env = { ...process.env, PORT: String(port), EMBEDDED_PG_DIR: join(tmp, 'pg'), EMBEDDED_PG_PORT: String(pgPort), LOG_LEVEL: 'warn' };
  for (const k of ['DATABASE_URL', 'REDIS_URL', 'GONKA_NODE_URLS', 'HYPERFUSION_URL', 'HASHIRO_URL', 'NODE_ENV']) delete env[k];
  server = spawn(process.execPath, [join(ROOT, 'server/dist/src/main.js')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 120 s:\n${serverLog.slice(-3000)}`)), 120_000);
    const onData = (chunk) => {
      serverLog += chunk;
      const sim = /Gonka simulator at (http:\/\/\S+)/.exec(serverLog);
      if (sim) simulatorUrl = sim[1];
      if (serverLog.includes('MineGNK is running') && simulatorUrl) {
        clearTimeout(timer);
        resolve();
      }
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${serverLog.slice(-3000)}`));
    });
  });
}

async function stopServer() {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((r) => server.once('exit', r));
  server.kill('SIGTERM');
  const killed = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 15_000))]);
  if (!killed) server.kill('SIGKILL');
}

async function shot(name) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

async function signIn({ email, password }) {
  await page.goto(`${base}/sign-in`);
  await page.getByRole('textbox', { name: /^Email/ }).fill(email);
  await page.locator('input[type="password"]').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('signed-in-as').filter({ hasText: email }).waitFor();
}

async function signOut() {
  await page.getByTestId('sign-out').click();
  await page.waitForURL(/\/sign-in/);
}

/** Milliseconds from navigation start until the selector is painted (visible). */
async function timeToVisible(url, selector) {
  const start = Date.now();
  await page.goto(url);
  await page.locator(selector).first().waitFor({ state: 'visible' });
  return Date.now() - start;
}

before(
  async () => {
    assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`);
    if (process.env.E2E_SKIP_BUILD !== '1') execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', timeout: 180_000 });
    mkdirSync(ARTIFACTS, { recursive: true });
    tmp = mkdtempSync(join(tmpdir(), 'minegnk-e2e-'));
    chmodSync(tmp, 0o755); // embedded PostgreSQL may run as another user when started by root
    const [port, pgPort] = [await freePort(), await freePort()];
    base = `http://127.0.0.1:${port}`;
    await startServer(port, pgPort);
    context = await chromium.launchPersistentContext(join(tmp, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      timeout: 30_000,
      viewport: { width: 1366, height: 900 },
      locale: 'en-US',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(STEP_MS);
    page.setDefaultNavigationTimeout(STEP_MS);
  },
  { timeout: 300_000 },
);

after(
  async () => {
    if (page) await shot('zz-last-state').catch(() => {});
    await context?.close().catch(() => {});
    await stopServer();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    if (Object.keys(timings).length) console.log('e2e timings (ms):', JSON.stringify(timings));
  },
  { timeout: 60_000 },
);

const requestNote = `e2e request ${Date.now()}`;
let newAddress;

test('customer: dashboard with nodes and a chart, node details, a support request', { timeout: 90_000 }, async () => {
  await signIn(CUSTOMER);
  await page.getByTestId('node-row').first().waitFor();
  // A cold load as a returning user: reload → silent refresh → dashboard data painted.
  const start = Date.now();
  timings.dashboardNodesPainted = await timeToVisible(`${base}/`, '[data-testid="node-row"]');
  await page.locator('[data-testid="earnings-chart"] .recharts-bar-rectangle').first().waitFor();
  timings.dashboardChartPainted = Date.now() - start;
  assert.ok((await page.getByTestId('node-row').count()) > 0);
  assert.match(await page.getByTestId('summary-active').innerText(), /\d+/);
  await page.getByTestId('demo-banner').waitFor();
  await shot('01-dashboard');

  timings.nodesPainted = await timeToVisible(`${base}/nodes`, '[data-testid="node-row"]');
  assert.equal(await page.getByTestId('node-row').count(), 10, 'first page of 12 demo nodes');
  await page.getByTestId('stats-freshness').first().waitFor();
  await shot('02-my-nodes');

  const firstLink = page.getByTestId('node-row').first().getByRole('link').first();
  const name = (await firstLink.innerText()).trim();
  const t0 = Date.now();
  await firstLink.click();
  await page.getByTestId('node-title').filter({ hasText: name }).waitFor();
  timings.nodeDetailsPainted = Date.now() - t0;
  await shot('03-node-overview');
  await page.getByRole('tab', { name: 'Metrics' }).click();
  await page.getByTestId('node-metrics').waitFor();
  await page.getByRole('tab', { name: 'History' }).click();
  await page.getByTestId('status-timeline').or(page.getByTestId('earnings-chart')).first().waitFor();
  await page.getByTestId('inference-jobs').waitFor();
  await shot('04-node-history');

  await page.goto(`${base}/requests/new`);
  await page.getByPlaceholder('H100 80GB').fill('H100 80GB');
  await page.getByLabel('Quantity').fill('2');
  await page.getByLabel('Budget or price range').fill('$2.5 / GPU-hour');
  await page.getByLabel('Comments').fill(requestNote);
  await page.keyboard.press('Escape');
  await shot('05-add-node-form');
  await page.getByRole('button', { name: 'Send request' }).click();
  await page.waitForURL(/\/requests$/);
  const item = page.getByTestId('request-item').filter({ hasText: requestNote });
  await item.waitFor();
  assert.equal((await item.getByTestId('request-status').textContent()).trim(), 'Pending');
  await shot('06-my-requests');
  await signOut();
});

test('admin: moves the request to in progress and assigns a node to the customer', { timeout: 90_000 }, async () => {
  await signIn(ADMIN);
  await page.goto(`${base}/admin/requests`);
  const item = page.getByTestId('queue-item').filter({ hasText: requestNote });
  await item.waitFor();
  await shot('07-admin-queue');
  await item.getByTestId('move-IN_PROGRESS').click();
  await item.waitFor({ state: 'detached' }); // leaves the PENDING filter

  // An address the simulator knows but no customer owns yet.
  const res = await fetch(`${simulatorUrl}/v1/epochs/current/participants`);
  const participants = (await res.json()).active_participants.participants.map((p) => p.index);
  await page.goto(`${base}/admin/nodes`);
  await page.getByTestId('admin-nodes').waitFor();
  const taken = await page.getByTestId('admin-nodes').innerText();
  newAddress = participants.slice(20).find((a) => !taken.includes(a.slice(-6)));
  assert.ok(newAddress, 'a free simulator address');
  const form = page.getByTestId('assign-form');
  await form.getByLabel('Customer').fill('customer@');
  await page.getByRole('option', { name: CUSTOMER.email }).click();
  await form.getByLabel('Identifier (gonka1…)').fill(newAddress);
  await form.getByLabel('Display name').fill('e2e-assigned');
  await form.getByRole('button', { name: 'Assign node' }).click();
  await page.getByTestId('admin-nodes').getByText('e2e-assigned').waitFor();
  await shot('08-admin-nodes');
  await page.goto(`${base}/admin/stats`);
  await page.getByTestId('system-stats').waitFor();
  await shot('09-admin-system');
  await signOut();
});

test('customer: sees the request in progress and the new node', { timeout: 60_000 }, async () => {
  await signIn(CUSTOMER);
  await page.goto(`${base}/requests`);
  const item = page.getByTestId('request-item').filter({ hasText: requestNote });
  await item.getByTestId('request-status').filter({ hasText: 'In progress' }).waitFor();
  await page.goto(`${base}/nodes`);
  await page.getByLabel('Search name or gonka1… address').fill('e2e-assigned');
  await page.getByTestId('node-row').filter({ hasText: 'e2e-assigned' }).waitFor();
  await shot('10-customer-new-node');
  // Russian, dark, phone-sized: the same page still renders.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator('label', { hasText: /^RU$/ }).first().click();
  await page.getByRole('heading', { name: 'Мои ноды' }).waitFor();
  await page.goto(`${base}/`);
  await page.getByTestId('summary-active').waitFor();
  await shot('11-dashboard-ru-phone');
  await page.locator('label', { hasText: /^EN$/ }).first().click();
});
