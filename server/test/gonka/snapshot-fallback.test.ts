import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { CacheService } from '../../src/cache/cache.service.js';
import { GonkaLoadersFactory } from '../../src/modules/gonka/gonka.loaders.js';
import { VIEW_KEY } from '../../src/modules/gonka/network-view.service.js';
import { RefresherService } from '../../src/modules/gonka/refresher.service.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { seedCustomerWithNodes } from '../support/seed.js';
import { simClearFaults, simFault, simReset } from '../support/sim.js';

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

test('cold cache and every upstream down: last stored snapshot (stale), else UPSTREAM_UNAVAILABLE per node', async () => {
  await seedCustomerWithNodes(app, 'snap@example.com', addrs.slice(0, 3));
  const report = await app.running.app.get(RefresherService).refreshNow();
  assert.equal(report.ok, true, report.error);
  await cache.delete(VIEW_KEY);
  await simFault(app, { route: '*', kind: 'http500' });
  const l = loaders.create();
  const [known, unknown] = await Promise.all([l.nodeStats.load(addrs[0]), l.nodeStats.load(addrs[50]).catch((e) => e)]);
  assert.equal(known.stale, true);
  assert.ok(known.stats && known.stats.statusReason.length > 0);
  assert.equal((unknown as { code: string }).code, 'UPSTREAM_UNAVAILABLE');
});


