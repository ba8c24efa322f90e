import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VIEW_KEY } from '../../../src/network/network-view.service.js';
import { RefresherService } from '../../../src/jobs/refresher.service.js';
import { seedCustomerWithNodes } from '../../helpers/seed.js';
import { simFault } from '../../helpers/sim.js';
import { useGonkaTestApp } from '../../helpers/gonka-app.js';

const ctx = useGonkaTestApp();

test('cold cache and every upstream down: last stored snapshot (stale), else UPSTREAM_UNAVAILABLE per node', async () => {
  await seedCustomerWithNodes(ctx.app, 'snap@example.com', ctx.addrs.slice(0, 3));
  const report = await ctx.app.running.app.get(RefresherService).refreshNow();
  assert.equal(report.ok, true, report.error ?? 'refresh failed');
  await ctx.cache.delete(VIEW_KEY);
  await simFault(ctx.app, { route: '*', kind: 'http500' });
  const l = ctx.loaders.create();
  const [known, unknown] = await Promise.all([l.nodeStats.load(ctx.addrs[0]), l.nodeStats.load(ctx.addrs[50]).catch((e) => e)]);
  assert.equal(known.stale, true);
  assert.ok(known.stats && known.stats.statusReason.length > 0);
  assert.equal((unknown as { code: string }).code, 'UPSTREAM_UNAVAILABLE');
});
