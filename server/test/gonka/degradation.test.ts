import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { CacheService } from '../../src/cache/cache.service.js';
import { GonkaLoadersFactory } from '../../src/modules/gonka/gonka.loaders.js';
import { NetworkViewService, VIEW_KEY } from '../../src/modules/gonka/network-view.service.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { simClearFaults, simFault, simReset, simStats } from '../support/sim.js';

let app: TestApp;
let cache: CacheService;
let loaders: GonkaLoadersFactory;
let addrs: string[];

before(async () => {
  app = await startTestApp();
  cache = app.running.app.get(CacheService);
  loaders = app.running.app.get(GonkaLoadersFactory);
  addrs = app.running.upstreams.simulator!.addresses();
});
after(() => app.close());
beforeEach(async () => {
  await simClearFaults(app);
  await cache.delete(VIEW_KEY);
  await simReset(app);
});

test('an expired entry is served marked stale while one refresh runs', async () => {
  const fresh = await app.running.app.get(NetworkViewService).status();
  await cache.set(VIEW_KEY, fresh.value, undefined, Date.now() - 3_600_000);
  await simReset(app);
  const results = await Promise.all(addrs.slice(0, 30).map((a) => loaders.create().nodeStats.load(a)));
  assert.ok(results.every((r) => r.stale), 'served stale, not waiting on the upstream');
  await new Promise((r) => setTimeout(r, 1500));
  const stats = await simStats(app);
  assert.equal(stats['/v1/epochs/current/participants'], 1, 'exactly one background refresh');
  const later = await loaders.create().nodeStats.load(addrs[0]);
  assert.equal(later.stale, false);
});

test('a malformed or wrongly typed source makes a partial view, never wrong numbers', async () => {
  await simFault(app, { route: '/v1/epochs/current/participants', kind: 'malformed' });
  await simFault(app, { route: '/chain-api/productscience/inference/inference/participant', kind: 'wrongTypes' });
  const view = (await app.running.app.get(NetworkViewService).status()).value;
  assert.ok(view.failed.includes('participants'), `failed: ${view.failed}`);
  assert.ok(view.failed.includes('chain'), `failed: ${view.failed}`);
  assert.ok(view.sources.includes('tracker'), 'the tracker stands in');
  assert.ok(Object.keys(view.nodes).length > 100);
});

// Last: injected 500s open the Gonka breaker for the rest of this app's life.
test('upstream failing with a stale entry: stale data, marked, no error', async () => {
  const fresh = await app.running.app.get(NetworkViewService).status();
  await cache.set(VIEW_KEY, fresh.value, undefined, Date.now() - 3_600_000);
  await simFault(app, { route: '*', kind: 'http500' });
  const r = await loaders.create().nodeStats.load(addrs[1]);
  assert.equal(r.stale, true);
  assert.deepEqual(r.stats, fresh.value.nodes[addrs[1]] ?? null);
});
