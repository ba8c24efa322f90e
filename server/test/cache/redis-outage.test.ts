import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connect, createServer, type Socket } from 'node:net';
import { CacheService } from '../../src/cache/cache.service.js';
import { freePort, spawnServer } from '../helpers/spawn-server.js';
import { createTestDatabase } from '../helpers/test-db.js';
import { gqlRequest, startTestApp } from '../helpers/test-app.js';

test('Redis unreachable at start: requests succeed, readiness stays up, and a log line says so', { timeout: 120_000 }, async () => {
  const db = await createTestDatabase();
  const port = await freePort();
  const deadRedis = `redis://127.0.0.1:${await freePort()}`;
  const server = spawnServer({ PORT: String(port), DATABASE_URL: db.url, REDIS_URL: deadRedis, SERVE_CLIENT: 'false' });
  try {
    await server.ready();
    const base = `http://127.0.0.1:${port}`;
    const res = await gqlRequest<any>(base, '{ serverInfo { name } }');
    assert.equal(res.data.serverInfo.name, 'MineGNK');
    const ready = await fetch(`${base}/health/ready`);
    assert.equal(ready.status, 200);
    assert.equal(((await ready.json()) as any).details.cache.redis, 'down');
    assert.match(server.output(), /Redis unavailable .*serving from memory only/);
  } finally {
    await server.stop();
    await db.drop();
  }
});

/**
 * Redis dies mid-run: a TCP proxy stands between the app and a Redis we control. When the suite has
 * a real Redis (CI) the proxy forwards to it; otherwise the proxy plays a Redis that never answers,
 * which is the harder case (connected but silent).
 */
test('Redis going away at runtime: cache reads and writes still work from memory, quickly', { timeout: 60_000 }, async () => {
  const sockets = new Set<Socket>();
  const target = process.env.REDIS_URL ? new URL(process.env.REDIS_URL) : undefined;
  const proxy = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    if (!target) return; // silent Redis
    const upstream = connect(Number(target.port || 6379), target.hostname);
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    client.pipe(upstream).pipe(client);
  });
  const proxyPort = await new Promise<number>((res) => proxy.listen(0, '127.0.0.1', () => res((proxy.address() as any).port)));
  const app = await startTestApp({ REDIS_URL: `redis://127.0.0.1:${proxyPort}` });
  try {
    const cache = app.running.app.get(CacheService);
    await cache.set('outage:a', { n: 1 });
    proxy.close();
    for (const s of sockets) s.destroy();
    const started = Date.now();
    assert.deepEqual((await cache.get<{ n: number }>('outage:a'))?.value, { n: 1 });
    await cache.set('outage:b', { n: 2 });
    assert.deepEqual((await cache.get<{ n: number }>('outage:b'))?.value, { n: 2 });
    assert.ok(Date.now() - started < 1000, 'no request waits on a dead Redis');
    const res = await app.gql('{ serverInfo { name } }');
    assert.equal(res.data.serverInfo.name, 'MineGNK');
  } finally {
    await app.close();
  }
});
