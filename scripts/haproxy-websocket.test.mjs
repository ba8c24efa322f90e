// WebSocket subscriptions through deploy/haproxy.cfg (issue #17; run by `npm test`: node --test
// scripts/): an upgraded /graphql socket left idle for longer than `timeout client` and `timeout
// server` must stay open — once upgraded it is a tunnel, and only `timeout tunnel` (1h) applies. A
// live subscription can go a long while without an event, and a cut socket means the client misses
// events until it reconnects. The config's 30 s client/server timeouts are shortened to 1 s here so
// the idle spell takes seconds; everything else is the file as deployed. A tiny WebSocket echo
// server stands in for a replica (the replicas drill proves graphql-ws itself through HAProxy).
// Skipped when haproxy is not installed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, freePort, startHaproxy } from './cluster/processes.mjs';

const WebSocket = createRequire(join(ROOT, 'server/package.json'))('ws');
const hasHaproxy = !spawnSync('haproxy', ['-v']).error;
const IDLE_MS = 3000; // three times the shortened client/server timeouts

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** deploy/haproxy.cfg with `replace`'s lines swapped (each must be found, or the test tests nothing). */
function variant(dir, name, replace) {
  let text = readFileSync(join(ROOT, 'deploy/haproxy.cfg'), 'utf8');
  for (const [from, to] of replace) {
    assert.ok(text.includes(from), `deploy/haproxy.cfg has no "${from}"`);
    text = text.replace(from, to);
  }
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** Opens a socket through `url`, leaves it idle, then sends: `{ servedBy, closedWhileIdle, echoed }`. */
async function idleSocket(url) {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/graphql`);
  let servedBy;
  ws.on('upgrade', (res) => {
    servedBy = res.headers['x-served-by'];
  });
  let closed = false;
  ws.on('close', () => {
    closed = true;
  });
  await new Promise((res, rej) => {
    ws.once('open', res);
    ws.once('error', rej);
  });
  await sleep(IDLE_MS);
  const closedWhileIdle = closed;
  let echoed = false;
  if (!closed) {
    const reply = new Promise((res) => ws.once('message', (m) => res(String(m))));
    ws.send('still there?');
    echoed = (await Promise.race([reply, sleep(2000)])) === 'still there?';
  }
  ws.terminate();
  return { servedBy, closedWhileIdle, echoed };
}

let backend;
let dir;
const running = [];

before(async () => {
  if (!hasHaproxy) return;
  dir = mkdtempSync(join(tmpdir(), 'minegnk-haproxy-'));
  // A replica's two faces HAProxy cares about: the health check and the /graphql upgrade.
  backend = createServer((req, res) => res.writeHead(req.url === '/health/ready' ? 200 : 404).end());
  const wss = new WebSocket.Server({ server: backend, path: '/graphql' });
  wss.on('connection', (ws) => ws.on('message', (m) => ws.send(String(m))));
  await new Promise((res) => backend.listen(0, '127.0.0.1', res));
});

after(async () => {
  await Promise.all(running.map((p) => p.stop(2000)));
  backend?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function balancer(config) {
  const haproxy = await startHaproxy({ port: await freePort(), statsPort: await freePort(), replicas: [`127.0.0.1:${backend.address().port}`], config });
  running.push(haproxy);
  return haproxy;
}

const SHORT = [
  ['timeout client 30s', 'timeout client 1s'],
  ['timeout server 30s', 'timeout server 1s'],
];

test('an upgraded socket idle past timeout client/server stays open (timeout tunnel applies)', { skip: !hasHaproxy && 'haproxy not installed' }, async () => {
  const haproxy = await balancer(variant(dir, 'short.cfg', SHORT));
  const r = await idleSocket(haproxy.url);
  assert.equal(r.servedBy, 'app1', 'the 101 answer names its replica (X-Served-By, as the replicas drill reads it)');
  assert.deepEqual({ closedWhileIdle: r.closedWhileIdle, echoed: r.echoed }, { closedWhileIdle: false, echoed: true });
});

// The control: the same idle spell with a short tunnel timeout is cut, so the test above would see it.
test('control: with a 1 s tunnel timeout the same idle socket is cut', { skip: !hasHaproxy && 'haproxy not installed' }, async () => {
  const haproxy = await balancer(variant(dir, 'short-tunnel.cfg', [...SHORT, ['timeout tunnel 1h', 'timeout tunnel 1s']]));
  const r = await idleSocket(haproxy.url);
  assert.equal(r.closedWhileIdle, true);
});
