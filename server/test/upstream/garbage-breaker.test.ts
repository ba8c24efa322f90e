import { after, afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { CacheService } from '../../src/cache/cache.service.js';
import { CachedResourceService } from '../../src/cache/cached-resource.service.js';
import { NodeLoadersFactory } from '../../src/modules/nodes/loaders/node-loaders.js';
import { NetworkViewService, VIEW_KEY } from '../../src/network/network-view.service.js';
import { GONKA_CLIENT, HYPERFUSION_CLIENT } from '../../src/network/upstream-clients.js';
import { MetricsService } from '../../src/metrics/metrics.service.js';
import type { GonkaNodeClient, HyperfusionClient } from '../../src/upstream/index.js';
import { simFault, simReset, simStats } from '../helpers/sim.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * An upstream answering garbage (truncated JSON, wrong value types) is backed off like one answering
 * 500s: its breaker opens, so the refreshes that stale reads keep starting stop reaching it, while
 * readers keep getting the last good data marked stale. One app per kind: an open breaker stays
 * open for 30 s.
 */
const REFRESHES = 20;
// A view refresh asks the node API 5 bulk routes at once (one page each at this size) and the
// tracker 1; breakers open after 5 consecutive failures of a host (DEFAULT_UPSTREAM_OPTIONS).
const GONKA_ROUTES_PER_VIEW = 5;
const BREAKER_THRESHOLD = 5;

/** Attempts the adapters did not send because every host's breaker was open. */
async function heldBack(metrics: MetricsService): Promise<number> {
  const { values } = await metrics.upstreamRequests.get();
  return values.filter((v) => v.labels.outcome === 'breaker_open').reduce((s, v) => s + v.value, 0);
}

const apps: TestApp[] = [];
afterEach(() => Promise.all(apps.splice(0).map((a) => a.close())));
after(() => Promise.all(apps.map((a) => a.close())));

for (const kind of ['malformed', 'wrongTypes'] as const) {
  test(`${kind} answers on every route open the breakers: ${REFRESHES} refreshes cost a bounded number of calls`, async () => {
    const app = await startTestApp();
    apps.push(app);
    const nest = app.running.app;
    const view = nest.get(NetworkViewService);
    const gonka = nest.get<GonkaNodeClient>(GONKA_CLIENT);
    const tracker = nest.get<HyperfusionClient>(HYPERFUSION_CLIENT);
    const addr = app.running.upstreams.simulator!.addresses()[0];

    const good = await view.status();
    await nest.get(CacheService).set(VIEW_KEY, good.value, undefined, Date.now() - 3_600_000);
    await simReset(app);
    await simFault(app, { route: '*', kind });

    for (let i = 0; i < REFRESHES; i++) {
      await assert.rejects(view.refreshStatus(), (e: Error) => /unexpected response|breaker open/.test(e.message));
    }
    const stats = await simStats(app);
    const calls = Object.values(stats).reduce((s, n) => s + n, 0);
    const tracker1 = stats['/hyperfusion/api/v1/inference/current'] ?? 0;
    // Node API: the first refresh's parallel calls open it. Tracker: one call per refresh until it opens.
    assert.ok(calls - tracker1 <= GONKA_ROUTES_PER_VIEW, `node API calls ${calls - tracker1}: ${JSON.stringify(stats)}`);
    assert.equal(tracker1, BREAKER_THRESHOLD, JSON.stringify(stats));
    assert.ok(calls < REFRESHES * (GONKA_ROUTES_PER_VIEW + 1), 'without the breaker every refresh would reach every route');
    assert.ok(
      Object.values(gonka.breakerStates()).every((s) => s === 'open'),
      JSON.stringify(gonka.breakerStates()),
    );
    assert.ok(
      Object.values(tracker.breakerStates()).every((s) => s === 'open'),
      JSON.stringify(tracker.breakerStates()),
    );

    // Readers meanwhile: the last good data, marked stale, without an error and without a call; and
    // right after a failed refresh, their stale reads do not start new refresh attempts either.
    const metrics = nest.get(MetricsService);
    const resources = nest.get(CachedResourceService);
    const heldBefore = await heldBack(metrics);
    for (let i = 0; i < 30; i++) {
      const read = await nest.get(NodeLoadersFactory).create().nodeStats.load(addr);
      assert.equal(read.stale, true);
      assert.deepEqual(read.stats, good.value.nodes[addr] ?? null);
      await resources.settled();
    }
    assert.equal(
      Object.values(await simStats(app)).reduce((s, n) => s + n, 0),
      calls,
      'breakers open: nothing sent',
    );
    assert.equal((await heldBack(metrics)) - heldBefore, 0, 'no refresh attempted within the pause after a failure');
  });
}
