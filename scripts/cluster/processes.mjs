// The processes of scripts/cluster.mjs: the simulator CLI, a replica (the compiled server) and
// Debian's haproxy with deploy/haproxy.cfg, each a child of this process (killed with it if it dies).
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const MAIN = join(ROOT, 'server/dist/src/main.js');
const SIM_CLI = join(ROOT, 'server/dist/src/simulator/cli.js');
const HAPROXY_CFG = join(ROOT, 'deploy/haproxy.cfg');

export function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
    s.on('error', rej);
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Children still running when this process exits (a crash, a time limit) are killed with it.
const live = new Set();
process.on('exit', () => {
  for (const p of live) p.kill('SIGKILL');
});

/** A child process whose output tail is kept (for error messages) and that can be stopped or killed. */
function child(name, command, args, env, { keepOutput = true } = {}) {
  const proc = spawn(command, args, { env, stdio: ['ignore', keepOutput ? 'pipe' : 'ignore', 'pipe'] });
  live.add(proc);
  proc.on('exit', () => live.delete(proc));
  let out = '';
  const keep = (d) => (out = (out + d).slice(-20_000));
  proc.stdout?.on('data', keep);
  proc.stderr.on('data', keep);
  const exited = new Promise((res) => proc.on('exit', (code, signal) => res(code ?? signal)));
  return {
    name,
    pid: proc.pid,
    output: () => out,
    get running() {
      return proc.exitCode === null && proc.signalCode === null;
    },
    exited,
    kill: (signal = 'SIGKILL') => proc.kill(signal),
    /** SIGTERM (graceful), then SIGKILL after `graceMs`. */
    async stop(graceMs = 15_000) {
      if (proc.exitCode !== null || proc.signalCode !== null) return exited;
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

async function waitFor(what, proc, check, timeoutMs) {
  const started = Date.now();
  for (;;) {
    if (await check().catch(() => false)) return;
    if (!proc.running) throw new Error(`${what} exited:\n${proc.output().slice(-3000)}`);
    if (Date.now() - started > timeoutMs) throw new Error(`${what} not ready in ${timeoutMs} ms:\n${proc.output().slice(-3000)}`);
    await sleep(100);
  }
}

const ok = async (url, init) => (await fetch(url, { ...init, signal: AbortSignal.timeout(2000) })).ok;

/** The simulator as its own process (`npm run sim`'s CLI) on a free loopback port. */
export async function startSimulatorProcess({ participants = 300, seed = 42, epochSeconds } = {}) {
  const port = await freePort();
  const env = { PATH: process.env.PATH ?? '', SIMULATOR_PORT: String(port), SIMULATOR_PARTICIPANTS: String(participants), SIMULATOR_SEED: String(seed) };
  if (epochSeconds) env.SIMULATOR_EPOCH_SECONDS = String(epochSeconds);
  const proc = child('simulator', process.execPath, [SIM_CLI], env);
  const url = `http://127.0.0.1:${port}`;
  await waitFor('simulator', proc, () => ok(`${url}/__sim/clock`), 60_000);
  return { ...proc, url, hyperfusionUrl: `${url}/hyperfusion`, priceApiUrl: `${url}/coingecko/api/v3` };
}

/** One replica: the compiled server on `port`, ready when /health/ready answers 200. */
export async function startReplica(name, port, settings) {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...settings, PORT: String(port) };
  const proc = child(name, process.execPath, [MAIN], env);
  const url = `http://127.0.0.1:${port}`;
  await waitFor(name, proc, () => ok(`${url}/health/ready`), 120_000);
  return { ...proc, url, port };
}

/**
 * Debian's haproxy with deploy/haproxy.cfg (or `config`, a variant of it: scripts/haproxy-websocket.test.mjs
 * shortens its timeouts), in the foreground (-db), its request log dropped.
 */
export async function startHaproxy({ port, statsPort, replicas, config = HAPROXY_CFG }) {
  const env = { PATH: process.env.PATH ?? '', MINEGNK_LISTEN: `127.0.0.1:${port}`, MINEGNK_STATS_LISTEN: `127.0.0.1:${statsPort}` };
  for (const [i, address] of replicas.entries()) env[`MINEGNK_REPLICA_${i + 1}`] = address;
  const check = spawnSync('haproxy', ['-c', '-q', '-f', config], { env, encoding: 'utf8' });
  if (check.error) throw new Error(`haproxy not found (${check.error.message}): apt-get install haproxy`);
  if (check.status !== 0) throw new Error(`haproxy -c failed:\n${check.stdout}${check.stderr}`);
  const proc = child('haproxy', 'haproxy', ['-db', '-f', config], env, { keepOutput: false });
  const url = `http://127.0.0.1:${port}`;
  const statsUrl = `http://127.0.0.1:${statsPort}`;
  await waitFor('haproxy', proc, () => ok(`${url}/health/ready`), 30_000);
  return {
    ...proc,
    url,
    statsUrl,
    /** Each replica's state as HAProxy sees it: `{ app1: 'UP', app2: 'DOWN', … }` (from /stats;csv). */
    async serverStates() {
      const csv = await (await fetch(`${statsUrl}/stats;csv`, { signal: AbortSignal.timeout(2000) })).text();
      const [head, ...lines] = csv.trim().split('\n');
      const cols = head.replace(/^# /, '').split(',');
      const out = {};
      for (const line of lines) {
        const row = Object.fromEntries(line.split(',').map((v, i) => [cols[i], v]));
        if (row.pxname === 'replicas' && row.svname !== 'BACKEND') out[row.svname] = row.status;
      }
      return out;
    },
  };
}
