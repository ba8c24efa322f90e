// The compiled server as its own process (`node server/dist/src/main.js`), as deployed: its RSS and
// its Server-Timing are the server's alone, not the bench's or the simulator's.
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './database.mjs';
import { gql } from './stack.mjs';
import { ROOT, testing } from './surface.mjs';

/**
 * Starts the server with `env` (plus a JWT secret, a free port, production mode) and waits for its
 * banner. Returns `{ url, pid, rssMb, token, gqlTimed, metrics, refreshes, close }`.
 */
export async function startServerProcess(env, { execArgv = [], cwd } = {}) {
  const port = await freePort();
  // Production keeps /metrics off the public port unless a token is set: the bench reads it with one.
  const metricsToken = randomBytes(24).toString('hex');
  const config = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: String(port),
    SERVE_CLIENT: 'false',
    JWT_SECRET: randomBytes(32).toString('hex'),
    METRICS_TOKEN: metricsToken,
    ...env,
  };
  // execArgv: flags NODE_OPTIONS refuses (a heap snapshot on a signal, a CPU profile); cwd: where such files land.
  const child = spawn(process.execPath, [...execArgv, join(ROOT, 'server/dist/src/main.js')], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...config },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out = (out + d).slice(-20_000)));
  child.stderr.on('data', (d) => (out = (out + d).slice(-20_000)));
  const exited = new Promise((res) => child.on('exit', res));
  const started = Date.now();
  while (!out.includes('MineGNK is running')) {
    if (child.exitCode !== null || Date.now() - started > 90_000) {
      child.kill('SIGKILL');
      throw new Error(`server did not start:\n${out.slice(-3000)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const { AppConfig } = testing();
  const { AccessTokens } = testing();
  const tokens = new AccessTokens(new AppConfig(config));
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    pid: child.pid,
    output: () => out,
    /** Resident set size of the server process now, and its peak (Linux /proc). */
    rssMb() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = (field) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
      return { now: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
    },
    token: (user) => tokens.sign({ id: user.id, email: user.email, role: user.role ?? 'user' }, randomUUID()),
    gql: (query, variables, token) => gql(url, query, variables, token),
    /** One POST /graphql: the parsed body, the round trip and the server's own time (Server-Timing). */
    async gqlTimed(query, variables, token) {
      const headers = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
      const t = performance.now();
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      const body = await res.json();
      const roundTripMs = performance.now() - t;
      const serverMs = Number(/app;dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1] ?? NaN);
      return { body, roundTripMs, serverMs };
    },
    /** The server's /metrics text (Prometheus). */
    async metrics() {
      const res = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${config.METRICS_TOKEN}` } });
      if (!res.ok) throw new Error(`/metrics answered ${res.status}`);
      return res.text();
    },
    /** Completed refresher runs so far (from /metrics). */
    async refreshes() {
      const text = await this.metrics();
      return [...text.matchAll(/^refresh_duration_seconds_count\{[^}]*job="nodes"[^}]*\} (\d+)/gm)].reduce((s, m) => s + Number(m[1]), 0);
    },
    async close() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
