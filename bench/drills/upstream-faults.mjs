// Drill: every upstream route fails (500, 429, hang, malformed JSON, wrong types) while customers
// load their node tables and the refresher runs. Counts failed / degraded / stale answers, with the
// cache expired-but-present (the normal case) and cold (cache and the PostgreSQL snapshot of the
// last refresh deleted). See bench/README.md.
import { SMOKE, header, pool, run, table } from '../lib/report.mjs';
import { sql, stopEmbedded } from '../lib/database.mjs';
import { seedCustomers } from '../lib/seed.mjs';
import { simApi, upstreamAttempts, withStack } from '../lib/stack.mjs';
import { testing } from '../lib/surface.mjs';

const { CacheService } = testing();
const { VIEW_KEY, HARDWARE_KEY } = testing();
const { RefresherService } = testing();

const KINDS = ['http500', 'http429', 'hang', 'malformed', 'wrongTypes'];
const ROUTES = ['/v1/', '/chain-api/', '/hyperfusion/'];
const QUERIES = SMOKE ? 40 : 300;
const COLD_QUERIES = SMOKE ? 10 : 40;
const CONCURRENCY = 20;
const RECOVER_S = SMOKE ? 0 : 45; // breakers half-open after 30 s
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const QUERY = `{ myNodes(first: 10) { nodes { identifier status statusReason tokensPerSec earningsDay gpuType statsStale statsFetchedAt } } }`;

/** ok | degraded (only UPSTREAM_UNAVAILABLE errors) | failed (anything else, or no answer). */
function classify(r) {
  if (r.thrown || r.status >= 500 || r.raw !== undefined) return 'failed';
  if (!r.errors) return r.data?.myNodes ? 'ok' : 'failed';
  return r.errors.every((e) => e.extensions?.code === 'UPSTREAM_UNAVAILABLE') ? 'degraded' : 'failed';
}

/** Polls /metrics for upstream_breaker_open and records every change of the set of open breakers. */
function watchBreakers(url, t0) {
  const timeline = [];
  let last = '';
  const tick = async () => {
    const text = await fetch(`${url}/metrics`)
      .then((r) => r.text())
      .catch(() => '');
    const open = [...text.matchAll(/^upstream_breaker_open\{([^}]*)\} 1$/gm)].map((m) => /source="([^"]+)"/.exec(m[1])?.[1] ?? m[1]);
    const now = [...new Set(open)].sort().join(',') || 'none';
    if (now !== last) timeline.push(`${((Date.now() - t0) / 1000).toFixed(1)}s: ${now}`);
    last = now;
  };
  const timer = setInterval(tick, 250);
  return { timeline, stop: () => clearInterval(timer) };
}

async function main() {
  header('drill: upstream faults during load');
  return withStack({ SIMULATOR_PARTICIPANTS: '300' }, async (stack) => {
    const sim = simApi(stack.sim);
    const cache = stack.get(CacheService);
    const refresher = stack.get(RefresherService);
    const ttlMs = stack.config.env.CACHE_TTL_SECONDS * 1000;
    const users = await seedCustomers(stack.dbUrl, { users: 20, perUser: 10, identifiers: stack.sim.addresses().slice(0, 200) });
    const tokens = users.map((u) => stack.token(u));
    const load = (n) => pool(n, CONCURRENCY, (i) => stack.gql(QUERY, undefined, tokens[i % tokens.length], 60_000));
    const tally = (results) => {
      const t = { ok: 0, degraded: 0, failed: 0, stale: 0 };
      for (const r of results) {
        t[classify(r)]++;
        if (r.data?.myNodes?.nodes?.some((n) => n?.statsStale)) t.stale++;
      }
      return t;
    };
    const rows = [];
    const t0 = Date.now();
    const breakers = watchBreakers(stack.url, t0);
    let lost = 0;
    try {
      /** Refreshes until one succeeds (breakers closed again), up to RECOVER_S; returns seconds or null. */
      const recover = async () => {
        const from = Date.now();
        do {
          const rep = await refresher.refreshNow();
          if (rep.ok && !rep.error) return (Date.now() - from) / 1000;
          await sleep(1000);
        } while (Date.now() - from < RECOVER_S * 1000);
        return null;
      };
      const calls = async () => (await sim.stats()).total;
      // Attempts the app did not send because the host's breaker was open (its own count).
      const held = async () => (await upstreamAttempts(stack.url)).breaker_open ?? 0;
      for (const kind of KINDS) {
        // Warm and healthy first, then age the entries past the TTL: the next reads must refresh.
        await sim.clearFaults();
        const recovered = await recover();
        await load(CONCURRENCY);
        for (const key of [VIEW_KEY, HARDWARE_KEY]) {
          const e = await cache.get(key);
          if (e) await cache.set(key, e.value, undefined, Date.now() - 2 * ttlMs);
        }
        for (const route of ROUTES) await sim.fault({ route, kind, ...(kind === 'hang' ? { delayMs: 60_000 } : {}) });
        let started = Date.now();
        let before = await calls();
        let heldBefore = await held();
        const [warm, refresh] = await Promise.all([load(QUERIES), refresher.refreshNow()]);
        const w = tally(warm);
        rows.push({
          fault: kind,
          cache: 'expired',
          queries: QUERIES,
          ...w,
          'stale %': (100 * w.stale) / QUERIES,
          'refresh ok': refresh.ok,
          'upstream calls': (await calls()) - before,
          'held back by breakers': (await held()) - heldBefore,
          ms: Date.now() - started,
          'recovered before (s)': recovered ?? 'no',
        });
        await cache.delete(VIEW_KEY);
        await cache.delete(HARDWARE_KEY);
        await sql(stack.dbUrl, 'DELETE FROM node_stats_cache'); // and the last refresh's snapshot: truly cold
        started = Date.now();
        before = await calls();
        heldBefore = await held();
        const c = tally(await load(COLD_QUERIES));
        rows.push({
          fault: kind,
          cache: 'cold',
          queries: COLD_QUERIES,
          ...c,
          'stale %': (100 * c.stale) / COLD_QUERIES,
          'upstream calls': (await calls()) - before,
          'held back by breakers': (await held()) - heldBefore,
          ms: Date.now() - started,
        });
        lost += w.failed + c.failed;
      }
      await sim.clearFaults();
      // Recovery: after the faults clear, a refresh and fresh answers again.
      const rec = await recover();
      const after = tally(await load(CONCURRENCY));
      rows.push({
        fault: 'none (recovery)',
        cache: 'refreshed',
        queries: CONCURRENCY,
        ...after,
        'stale %': (100 * after.stale) / CONCURRENCY,
        'refresh ok': rec !== null,
        'recovered before (s)': rec ?? 'no',
      });
      lost += after.failed;
    } finally {
      breakers.stop();
      await sim.clearFaults().catch(() => undefined);
    }
    table(`faults on every upstream route (${ROUTES.join(' ')}), ${CONCURRENCY} concurrent customers, refresher running`, rows);
    console.log(`breaker timeline (open breakers by source, from /metrics every 250 ms):\n  ${breakers.timeline.join('\n  ') || '(no samples)'}`);
    console.log(`lost (failed queries, target 0): ${lost}`);
    return lost > 0 ? 1 : 0;
  });
}

run(main, stopEmbedded);
