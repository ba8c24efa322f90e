import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { CacheService } from '../../../src/cache/cache.service.js';
import { PricesService } from '../../../src/modules/prices/prices.service.js';
import { registerCustomer } from '../../helpers/accounts.js';
import { simReset, simStats } from '../../helpers/sim.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';

const PRICE = `{ price { usd eur at source stale } }`;
const SIMPLE_PRICE = '/coingecko/api/v3/simple/price';
const MARKET_CHART = '/coingecko/api/v3/coins/{id}/market_chart';

let app: TestApp;
let token: string;
let prices: PricesService;

/** The simulator's own answer, read directly (what the adapter must pass on unchanged). */
async function simQuote(): Promise<{ usd: number; eur: number; last_updated_at: number }> {
  const res = await fetch(`${app.running.upstreams.simulator!.priceApiUrl}/simple/price?ids=wrapped-gonka&vs_currencies=usd,eur&include_last_updated_at=true`);
  return ((await res.json()) as Record<string, { usd: number; eur: number; last_updated_at: number }>)['wrapped-gonka'];
}

before(async () => {
  app = await startTestApp();
  token = (await registerCustomer(app, 'price@example.com')).accessToken;
  prices = app.running.app.get(PricesService);
});
after(() => app.close());
beforeEach(async () => {
  const cache = app.running.app.get(CacheService);
  await cache.delete(prices.quoteKey);
  await cache.delete(prices.historyKey);
  await withClient(app.db.url, (c) => c.query(`DELETE FROM gnk_price_quotes`));
  await simReset(app);
});

test('Query.price is the simulator quote: USD and EUR as decimal strings, its time, source simulator, fresh', async () => {
  const res = await app.gql(PRICE, {}, token);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  const sim = await simQuote();
  const { price } = res.data;
  assert.equal(price.usd, String(sim.usd));
  assert.equal(price.eur, String(sim.eur));
  assert.match(price.usd, /^\d+\.\d+$/);
  assert.equal(new Date(price.at).getTime(), sim.last_updated_at * 1000);
  assert.equal(price.source, 'simulator');
  assert.equal(price.stale, false);
  // Stored for restarts and outages.
  const stored = await withClient(app.db.url, (c) => c.query(`SELECT usd::text, eur::text FROM gnk_price_quotes`));
  assert.deepEqual(stored.rows, [{ usd: price.usd, eur: price.eur }]);
});

test('Query.price needs a signed-in user', async () => {
  const res = await app.gql(PRICE);
  assert.equal(res.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
});

test('20 concurrent users cause one upstream call per TTL; the next TTL one more', async () => {
  const all = await Promise.all(Array.from({ length: 20 }, () => app.gql(PRICE, {}, token)));
  for (const r of all) assert.equal(r.errors, undefined, JSON.stringify(r.errors));
  assert.equal(new Set(all.map((r) => r.data.price.usd)).size, 1);
  assert.equal((await simStats(app))[SIMPLE_PRICE], 1, 'one simple/price call for 20 users');

  // Within the TTL: still one.
  await Promise.all(Array.from({ length: 20 }, () => app.gql(PRICE, {}, token)));
  assert.equal((await simStats(app))[SIMPLE_PRICE], 1);

  // The TTL passes (the entry and the stored quote are backdated): 20 more users, one more call.
  const cache = app.running.app.get(CacheService);
  const entry = await cache.get<Record<string, unknown>>(prices.quoteKey);
  const old = Date.now() - 10 * 60_000;
  await cache.set(prices.quoteKey, entry!.value, undefined, old);
  await withClient(app.db.url, (c) => c.query(`UPDATE gnk_price_quotes SET fetched_at = $1`, [new Date(old)]));
  await Promise.all(Array.from({ length: 20 }, () => app.gql(PRICE, {}, token)));
  await app.running.app.get(CacheService).get(prices.quoteKey);
  await (prices as any).resources.settled();
  assert.equal((await simStats(app))[SIMPLE_PRICE], 2);
});

test('a second replica (empty cache) uses the quote the first stored within the TTL', async () => {
  await prices.current();
  // What another replica sees: no cache entry, but the shared database has a fresh quote.
  await app.running.app.get(CacheService).delete(prices.quoteKey);
  const again = await prices.current();
  assert.equal(again?.stale, false);
  assert.equal((await simStats(app))[SIMPLE_PRICE], 1);
});

test('daily prices reach back to the simulator’s first epoch and match its chart', async () => {
  const today = new Date().toISOString().slice(0, 10);
  const days = await prices.dailyPrices('2000-01-01', today);
  assert.equal((await simStats(app))[MARKET_CHART], 2, 'one chart per currency');
  // The test's own look at the chart (one more request).
  const chart = await fetch(`${app.running.upstreams.simulator!.priceApiUrl}/coins/wrapped-gonka/market_chart?vs_currency=usd&days=365&interval=daily`);
  const points = ((await chart.json()) as { prices: [number, number][] }).prices.filter(([t]) => t % 86_400_000 === 0);
  assert.ok(points.length >= 1);
  const firstDay = new Date(points[0][0]).toISOString().slice(0, 10);
  assert.deepEqual([...days.keys()][0], firstDay, 'history starts on the first epoch’s day');
  for (const [t, usd] of points) {
    const day = days.get(new Date(t).toISOString().slice(0, 10));
    assert.equal(day?.usd, String(usd));
    assert.match(day?.eur ?? '', /^\d+\.\d+$/);
    assert.equal(day?.source, 'simulator');
  }
  assert.ok(days.has(today));
  // Within the hour, no more chart calls, and the rows are stored.
  await prices.dailyPrices(firstDay, today);
  assert.equal((await simStats(app))[MARKET_CHART], 3);
  const stored = await withClient(app.db.url, (c) => c.query(`SELECT count(*)::int AS n FROM gnk_daily_prices`));
  assert.equal(stored.rows[0].n, points.length * 2);
});

test('dailyPrices refuses a bad day with BAD_USER_INPUT naming the field', async () => {
  await assert.rejects(prices.dailyPrices('2025-13-01', '2025-12-31'), (e: any) => e.code === 'BAD_USER_INPUT' && e.extra?.field === 'fromDay');
  await assert.rejects(prices.dailyPrices('2025-01-02', '2025-01-01'), (e: any) => e.code === 'BAD_USER_INPUT');
});
