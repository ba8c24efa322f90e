// Upstream economy, part (c): one simulated hour of refreshes and dashboard reads, counted per route
// by the simulator, for two tracked-node counts in one big network. See bench/README.md.
import { diffRoutes, table } from '../lib/report.mjs';
import { seedCustomers } from '../lib/seed.mjs';
import { simApi, upstreamAttempts, withStack } from '../lib/stack.mjs';
import { testing } from '../lib/surface.mjs';
import { BIG, DASHBOARD, SIMULATED_MS, failureOf, sum } from './shared.mjs';

const { CacheService } = testing();
const { VIEW_KEY, HARDWARE_KEY } = testing();
const { RefresherService } = testing();
const { CachedResourceService } = testing();
const { EARNINGS_BACKFILL_EPOCHS } = testing();

/**
 * Moves the app's cached entries back by one TTL, as if that much time had passed for the app too
 * (the simulator's clock is moved by the same amount). Entries that never expire (settled epochs'
 * summaries) stay fresh whatever their age.
 */
async function ageCache(cache, ttlMs, epoch) {
  const keys = [VIEW_KEY, HARDWARE_KEY];
  for (let e = epoch - EARNINGS_BACKFILL_EPOCHS - 1; e <= epoch; e++) keys.push(`gonka:summary:${e}`);
  for (const key of keys) {
    const entry = await cache.get(key);
    if (entry) await cache.set(key, entry.value, undefined, Math.min(entry.storedAt, Date.now() - ttlMs - 1));
  }
}

/** Waits until the simulator has seen no new request for a while (background refreshes done). */
async function settle(sim) {
  let last = -1;
  for (let i = 0; i < 50; i++) {
    const total = (await sim.stats()).total;
    if (total === last) return;
    last = total;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * (c) One simulated hour in a `BIG`-node network with `tracked` nodes tracked. The simulator's clock
 * is paused (wall time spent by the bench does not count), then: a first refresh (back-fill), and
 * every TTL of simulated time: the clock moves one TTL (epochs end and settle on their own 3-minute
 * schedule), the app's cache ages one TTL, the refresher runs, and one customer loads the dashboard;
 * background refreshes started by stale reads finish before the next step.
 */
export async function simulatedHour(tracked) {
  return withStack({ SIMULATOR_PARTICIPANTS: String(BIG) }, async (stack) => {
    const sim = simApi(stack.sim);
    const perUser = Math.min(100, tracked);
    const users = await seedCustomers(stack.dbUrl, { users: Math.ceil(tracked / perUser), perUser, identifiers: stack.sim.addresses().slice(0, tracked) });
    const tokens = users.map((u) => stack.token(u));
    const refresher = stack.get(RefresherService);
    const cache = stack.get(CacheService);
    const resources = stack.get(CachedResourceService);
    const ttlMs = stack.config.env.CACHE_TTL_SECONDS * 1000;
    const steps = Math.round(SIMULATED_MS / ttlMs);
    stack.sim.pauseClock(true);
    await sim.reset();
    const first = await refresher.refreshNow();
    await resources.settled();
    await settle(sim);
    const afterFirst = (await sim.stats()).routes;
    const outcomesAfterFirst = await upstreamAttempts(stack.url);
    const startEpoch = (await sim.clock()).epoch;
    let failed = first.ok && !first.error ? 0 : 1;
    let queryErrors = 0;
    let refreshMs = 0;
    for (let i = 0; i < steps; i++) {
      stack.sim.advanceTime(ttlMs);
      await ageCache(cache, ttlMs, (await sim.clock()).epoch);
      const t0 = Date.now();
      const rep = await refresher.refreshNow();
      refreshMs += Date.now() - t0;
      if (!rep.ok || rep.error) failed++;
      const q = await stack.gql(DASHBOARD, undefined, tokens[i % tokens.length]);
      if (failureOf(q)) queryErrors++;
      // Background refreshes this step started (stale reads) finish within this TTL, as they would.
      await resources.settled();
    }
    await settle(sim);
    const hour = diffRoutes((await sim.stats()).routes, afterFirst);
    return {
      tracked,
      steps,
      epochs: (await sim.clock()).epoch - startEpoch,
      first: sum(afterFirst),
      total: sum(hour),
      hour,
      pages: await sim.pages(),
      outcomes: diffRoutes(await upstreamAttempts(stack.url), outcomesAfterFirst),
      msPerRefresh: refreshMs / steps,
      failed,
      queryErrors,
    };
  });
}

/** The (c) tables: calls per route for both runs, then a summary row per run. */
export function printSimulatedHours(small, big) {
  const routes = [...new Set([...Object.keys(small.hour), ...Object.keys(big.hour)])].sort();
  const minutes = SIMULATED_MS / 60_000;
  const label = (r) => `tracked ${r.tracked}`;
  table(
    `(c) calls per route in ${minutes} simulated minutes (${big.steps} refreshes, one every TTL of simulated time, ` +
      `each followed by one dashboard query; ${big.epochs} epochs ended), network of ${BIG} nodes; first refresh (back-fill) excluded`,
    routes.map((route) => ({
      route,
      'pages per read': Object.keys(big.pages[route] ?? { '': 1 }).length,
      [label(small)]: small.hour[route] ?? 0,
      [label(big)]: big.hour[route] ?? 0,
      ratio: (big.hour[route] ?? 0) / (small.hour[route] || 1),
      [`naive per node (${label(small)})`]: small.steps * small.tracked,
      [`naive per node (${label(big)})`]: big.steps * big.tracked,
    })),
  );
  table(
    `(c) summary: ${minutes} simulated minutes, network of ${BIG} nodes`,
    [small, big].map((r) => ({
      tracked: r.tracked,
      refreshes: r.steps,
      'epochs ended': r.epochs,
      [`calls in ${minutes} min`]: r.total,
      'calls per refresh': r.total / r.steps,
      'ratio to tracked 100': r.total / small.total,
      target: 1,
      'naive per node (refreshes × tracked × routes)': r.steps * r.tracked * routes.length,
      'first refresh (calls)': r.first,
      'ms per refresh': Math.round(r.msPerRefresh),
      'failed refreshes': r.failed,
      'failed queries': r.queryErrors,
      "app's upstream attempts by outcome": JSON.stringify(r.outcomes),
    })),
  );
}
