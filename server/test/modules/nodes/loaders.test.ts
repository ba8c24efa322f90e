import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { CacheService } from '../../../src/cache/cache.service.js';
import { NodeLoadersFactory } from '../../../src/modules/nodes/loaders/node-loaders.js';
import { VIEW_KEY } from '../../../src/network/network-view.service.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { repeated, simReset, simStats } from '../../helpers/sim.js';

let app: TestApp;
let loaders: NodeLoadersFactory;
let addresses: string[];

before(async () => {
  app = await startTestApp();
  loaders = app.running.app.get(NodeLoadersFactory);
  addresses = app.running.upstreams.simulator!.addresses();
});
after(() => app.close());
beforeEach(async () => {
  await app.running.app.get(CacheService).delete(VIEW_KEY);
  await simReset(app);
});

test('creating loaders and not using them costs no upstream call', async () => {
  loaders.create();
  loaders.create();
  assert.deepEqual(await simStats(app), {});
});

test('50 nodes in one request → one batch → one call per bulk route', async () => {
  const l = loaders.create();
  const results = await Promise.all(addresses.slice(0, 50).map((a) => l.nodeStats.load(a)));
  assert.equal(results.length, 50);
  const inEpoch = results.filter((r) => r.stats?.inCurrentEpoch);
  assert.ok(inEpoch.length > 30, 'most hosts are in the current epoch');
  for (const r of inEpoch) {
    assert.ok(['HEALTHY', 'UNHEALTHY', 'JAILED', 'OFFLINE'].includes(r.stats!.status));
    assert.ok(r.stats!.statusReason.length > 0, 'the reason is kept with the status');
    assert.equal(r.stale, false);
  }
  const stats = await simStats(app);
  assert.deepEqual(repeated(stats), {}, 'no route called twice');
  assert.equal(stats['/v1/epochs/current/participants'], 1);
  assert.equal(stats['/hyperfusion/api/v1/inference/current'] ?? stats['/api/v1/inference/current'], 1);
});

test('200 concurrent requests over a cold cache → still one upstream call per route', async () => {
  const all = await Promise.all(Array.from({ length: 200 }, (_, i) => loaders.create().nodeStats.load(addresses[i % addresses.length])));
  assert.equal(all.length, 200);
  const stats = await simStats(app);
  assert.deepEqual(repeated(stats), {});
  assert.ok(Object.keys(stats).length >= 3, `several bulk routes used: ${JSON.stringify(stats)}`);
});

test('a warm cache answers without any upstream call', async () => {
  await loaders.create().nodeStats.load(addresses[0]);
  await simReset(app);
  await Promise.all(addresses.slice(0, 100).map((a) => loaders.create().nodeStats.load(a)));
  assert.deepEqual(await simStats(app), {});
});

test('an unknown address resolves to "not a participant", not an error', async () => {
  const r = await loaders.create().nodeStats.load('gonka1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq');
  assert.equal(r.stats, null);
});

test('hardware is a separate bulk resource, fetched only when asked for', async () => {
  const l = loaders.create();
  await l.nodeStats.load(addresses[0]);
  const before = await simStats(app);
  assert.equal(Object.keys(before).filter((k) => k.includes('hardware')).length, 0);
  const hw = await Promise.all(addresses.slice(0, 20).map((a) => l.nodeHardware.load(a)));
  const withGpus = hw.filter((h) => h && h.totalGpus > 0);
  assert.ok(withGpus.length > 0);
  const after = await simStats(app);
  const hwRoutes = Object.entries(after).filter(([k]) => k.includes('hardware'));
  assert.deepEqual(
    hwRoutes.map(([, n]) => n),
    [1],
    'one bulk hardware call for 20 nodes',
  );
});
