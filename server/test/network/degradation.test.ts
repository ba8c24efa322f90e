import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NetworkViewService, VIEW_KEY } from '../../src/network/network-view.service.js';
import { simFault, simReset, simStats } from '../helpers/sim.js';
import { useGonkaTestApp } from '../helpers/gonka-app.js';

const ctx = useGonkaTestApp();

test('an expired entry is served marked stale while one refresh runs', async () => {
  const fresh = await ctx.app.running.app.get(NetworkViewService).status();
  await ctx.cache.set(VIEW_KEY, fresh.value, undefined, Date.now() - 3_600_000);
  await simReset(ctx.app);
  const results = await Promise.all(ctx.addrs.slice(0, 30).map((a) => ctx.loaders.create().nodeStats.load(a)));
  assert.ok(
    results.every((r) => r.stale),
    'served stale, not waiting on the upstream',
  );
  await new Promise((r) => setTimeout(r, 1500));
  const stats = await simStats(ctx.app);
  assert.equal(stats['/v1/epochs/current/participants'], 1, 'exactly one background refresh');
  const later = await ctx.loaders.create().nodeStats.load(ctx.addrs[0]);
  assert.equal(later.stale, false);
});

test('a malformed or wrongly typed source makes a partial view, never wrong numbers', async () => {
  await simFault(ctx.app, { route: '/v1/epochs/current/participants', kind: 'malformed' });
  await simFault(ctx.app, { route: '/chain-api/productscience/inference/inference/participant', kind: 'wrongTypes' });
  const view = (await ctx.app.running.app.get(NetworkViewService).status()).value;
  assert.ok(view.failed.includes('participants'), `failed: ${view.failed}`);
  assert.ok(view.failed.includes('chain'), `failed: ${view.failed}`);
  assert.ok(view.sources.includes('tracker'), 'the tracker stands in');
  assert.ok(Object.keys(view.nodes).length > 100);
});

// Last: injected 500s open the Gonka breaker for the rest of this app's life.
test('upstream failing with a stale entry: stale data, marked, no error', async () => {
  const fresh = await ctx.app.running.app.get(NetworkViewService).status();
  await ctx.cache.set(VIEW_KEY, fresh.value, undefined, Date.now() - 3_600_000);
  await simFault(ctx.app, { route: '*', kind: 'http500' });
  const r = await ctx.loaders.create().nodeStats.load(ctx.addrs[1]);
  assert.equal(r.stale, true);
  assert.deepEqual(r.stats, fresh.value.nodes[ctx.addrs[1]] ?? null);
});
