// The end-to-end harness: the portal started as a user would start it in demo mode (built first
// unless E2E_SKIP_BUILD=1) and a real browser (Debian's chromium via playwright-core) on it, with the
// steps the stories share. Not a test file itself: run-e2e.test.mjs drives it.
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
export const CUSTOMER = { email: 'customer@minegnk.demo', password: 'demo-customer-2026' };
export const ADMIN = { email: 'admin@minegnk.demo', password: 'demo-admin-2026' };
const STEP_MS = 20_000;

let server;
let serverLog = '';
let context;
export let page;
export let base;
export let simulatorUrl;
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
  // The shortest refresh period (60 s), so the incident story's two held refreshes take two minutes, not four.
  const env = {
    ...process.env,
    PORT: String(port),
    EMBEDDED_PG_DIR: join(tmp, 'pg'),
    EMBEDDED_PG_PORT: String(pgPort),
    LOG_LEVEL: 'warn',
    CACHE_TTL_SECONDS: '60',
  };
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

export async function shot(name, { fullPage = true } = {}) {
  // From the top: a full-page shot of a scrolled page paints the fixed header in its middle.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage });
}

export async function signIn({ email, password }) {
  await page.goto(`${base}/sign-in`);
  await page.getByRole('textbox', { name: /^Email/ }).fill(email);
  await page.locator('input[type="password"]').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('signed-in-as').filter({ hasText: email }).waitFor();
}

export async function signOut() {
  await page.getByTestId('sign-out').click();
  await page.waitForURL(/\/sign-in/);
}

/** Ctrl+clicks each link (new background tabs, as a user opens several nodes) and returns the tabs. */
export async function openInNewTabs(links) {
  const opened = [];
  const onPage = (tab) => opened.push(tab);
  context.on('page', onPage);
  for (const link of links) await link.click({ modifiers: ['ControlOrMeta'] });
  for (let waited = 0; opened.length < links.length && waited < STEP_MS; waited += 100) await new Promise((r) => setTimeout(r, 100));
  context.off('page', onPage);
  assert.equal(opened.length, links.length, 'every Ctrl+click opened a tab');
  for (const tab of opened) tab.setDefaultTimeout(STEP_MS);
  return opened;
}

/** Milliseconds from navigation start until the selector is painted (visible). */
export async function timeToVisible(url, selector) {
  const start = Date.now();
  await page.goto(url);
  await page.locator(selector).first().waitFor({ state: 'visible' });
  return Date.now() - start;
}

/** Builds unless told not to, starts the portal on free ports and opens the browser on it. */
export async function openPortal() {
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
}

/** A last screenshot, then the browser and the portal closed and their files removed. */
export async function closePortal() {
  if (page) await shot('zz-last-state').catch(() => {});
  await context?.close().catch(() => {});
  await stopServer();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}
