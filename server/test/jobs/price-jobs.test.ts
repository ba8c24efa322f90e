/**
 * The scheduled price refresh (issue #16): the current price once per price TTL and the daily
 * history's missing days (checked hourly, fetched when a day is missing), as pg-boss jobs. Two replicas on one database both offer each
 * period's job, as their timers do: one job runs, and the price API (each replica's simulator) is
 * called once in all. An outage during the job keeps the last price, served stale, and is recorded.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { CacheService } from '../../src/cache/cache.service.js';
import { PeriodicJobsService } from '../../src/jobs/periodic-jobs.service.js';
import { PRICE_HISTORY_CHECK_SECONDS, PRICE_HISTORY_JOB, PRICE_QUOTE_JOB, PriceJobsService } from '../../src/jobs/price-jobs.service.js';
import { MetricsService } from '../../src/metrics/metrics.service.js';
import { PricesService } from '../../src/modules/prices/prices.service.js';
import { registerCustomer } from '../helpers/accounts.js';
import { simFault, simReset, simStats } from '../helpers/sim.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { withClient } from '../helpers/test-db.js';

const TTL = 300;
const SIMPLE_PRICE = '/coingecko/api/v3/simple/price';
const MARKET_CHART = '/coingecko/api/v3/coins/{id}/market_chart';
let a: TestApp;
let b: TestApp;
let token: string;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const sql = <T = any>(text: string, values: unknown[] = []) => withClient(a.db.url, async (c) => (await c.query(text, values)).rows as T[]);

/** Calls of `route` over both replicas' simulators since their last reset. */
async function calls(route: string): Promise<number> {
  return ((await simStats(a))[route] ?? 0) + ((await simStats(b))[route] ?? 0);
}

/** Both replicas offer the job twice; returns how many offers created a job, once it has completed. */
async function offerEverywhere(name: string): Promise<number> {
  const offers = await Promise.all([a, b, a, b].map((app) => app.running.app.get(PeriodicJobsService).offer(name)));
  const deadline = Date.now() + 30_000;
  const pending = async () => (await sql(`SELECT state FROM pgboss.job WHERE name = $1`, [name])).some((j) => j.state !== 'completed');
  while ((await pending()) && Date.now() < deadline) await pause(250);
  assert.equal(await pending(), false, `${name} completed`);
  return offers.filter((id) => id !== null).length;
}

before(async () => {
  const shared = { JWT_SECRET: randomBytes(32).toString('hex'), CACHE_NAMESPACE: `prices-${randomBytes(4).toString('hex')}`, CACHE_TTL_SECONDS: String(TTL) };
  a = await startTestApp(shared);
  b = await startTestApp({ ...shared, DATABASE_URL: a.db.url });
  token = (await registerCustomer(a, 'price-job@example.com')).accessToken;
});
after(async () => {
  await b?.close();
  await a?.close();
});

test('the quote job: one job per TTL slot over both replicas, one price call, the quote stored', { timeout: 60_000 }, async () => {
  // Offers straddling a slot boundary would rightly make two jobs: start well inside a slot.
  const intoSlot = (Date.now() / 1000) % TTL;
  if (intoSlot > TTL - 30) await pause((TTL - intoSlot + 1) * 1000);
  await Promise.all([simReset(a), simReset(b)]);
  assert.equal(await offerEverywhere(PRICE_QUOTE_JOB), 1, 'one job for the slot');
  assert.equal(await calls(SIMPLE_PRICE), 1, 'one upstream call over both replicas');
  const [stored] = await sql(`SELECT usd::text, eur::text, fetched_at FROM gnk_price_quotes`);
  assert.ok(stored.usd && stored.eur, 'the quote is stored');
  assert.ok(Date.now() - stored.fetched_at.getTime() < 60_000);

  // The same slot again: no job, and a direct run finds the stored quote fresh.
  assert.equal(await offerEverywhere(PRICE_QUOTE_JOB), 0);
  const again = await b.running.app.get(PriceJobsService).refreshQuote();
  assert.equal(again.ok, true);
  assert.equal(await calls(SIMPLE_PRICE), 1, 'no second call in the period');
  const price = (await a.gql(`{ price { usd stale } }`, {}, token)).data.price;
  assert.deepEqual(price, { usd: stored.usd, stale: false });
});

test('the history job fills the missing days, and finds nothing to do the second time', { timeout: 60_000 }, async () => {
  if ((Date.now() / 1000) % PRICE_HISTORY_CHECK_SECONDS > PRICE_HISTORY_CHECK_SECONDS - 30) await pause(31_000);
  await Promise.all([simReset(a), simReset(b)]);
  // Nobody asked for history yet: the first back-fill stores what the source has (the simulator: back to its first epoch).
  assert.equal(await offerEverywhere(PRICE_HISTORY_JOB), 1);
  assert.equal(await calls(MARKET_CHART), 2, 'one chart per currency');
  const days = async () => (await sql<{ day: string }>(`SELECT DISTINCT day::text AS day FROM gnk_daily_prices ORDER BY 1`)).map((r) => r.day);
  const stored = await days();
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  assert.ok(stored.length >= 7 && stored.includes(yesterday), `days stored: ${stored.length}`);

  // The app was down for days: three days never fetched, the last fetch four days old. A run puts them back, from one chart per currency.
  const lost = [stored[1], stored[3], yesterday];
  await sql(`DELETE FROM gnk_daily_prices WHERE day = ANY($1::date[])`, [lost]);
  await sql(`UPDATE gnk_price_quotes SET history_fetched_at = now() - interval '4 days'`);
  await Promise.all([simReset(a), simReset(b)]);
  const jobs = a.running.app.get(PriceJobsService);
  const report = await jobs.fillHistory();
  assert.equal(report.ok, true);
  assert.equal(report.result!.missing, 3);
  assert.ok(report.result!.added >= 6, `added ${report.result!.added}`);
  assert.deepEqual(await days(), stored);
  assert.equal(await calls(MARKET_CHART), 2);

  // Nothing missing: no call; and the hour's job slot is taken.
  assert.deepEqual((await jobs.fillHistory()).result, { missing: 0, added: 0 });
  assert.equal(await offerEverywhere(PRICE_HISTORY_JOB), 0);
  assert.equal(await calls(MARKET_CHART), 2);

  // A day the source has no price for (a gap), already asked about today: not asked again until tomorrow.
  await sql(`DELETE FROM gnk_daily_prices WHERE day = $1::date`, [stored[2]]);
  assert.deepEqual((await jobs.fillHistory()).result, { missing: 1, added: 0 });
  assert.equal(await calls(MARKET_CHART), 2);
});

// Last: the failures open the price host's breaker.
test('an outage during the job keeps the last price, served stale, and records the failure', async () => {
  const jobs = a.running.app.get(PriceJobsService);
  const prices = a.running.app.get(PricesService);
  const [before] = await sql(`SELECT usd::text, priced_at FROM gnk_price_quotes`);
  // An hour without a successful refresh.
  const old = Date.now() - 3_600_000;
  const cache = a.running.app.get(CacheService);
  const entry = await cache.get<Record<string, unknown>>(prices.quoteKey);
  if (entry) await cache.set(prices.quoteKey, { ...entry.value, fetchedAt: old }, undefined, old);
  await sql(`UPDATE gnk_price_quotes SET fetched_at = $1`, [new Date(old)]);
  await simReset(a);
  await simFault(a, { route: SIMPLE_PRICE, kind: 'http500' });

  const report = await jobs.refreshQuote();
  assert.equal(report.ok, false);
  assert.match(report.error ?? '', /./);
  assert.equal(report.quote?.usd, before.usd);
  assert.equal(report.quote?.stale, true);
  assert.ok((await simStats(a))[SIMPLE_PRICE] >= 1, 'the job tried the source');
  const [after] = await sql(`SELECT usd::text, priced_at FROM gnk_price_quotes`);
  assert.deepEqual(after, before, 'the last price is kept');
  const price = (await a.gql(`{ price { usd stale } }`, {}, token)).data.price;
  assert.deepEqual(price, { usd: before.usd, stale: true });
  const metrics = await a.running.app.get(MetricsService).registry.metrics();
  assert.match(metrics, /refresh_duration_seconds_count\{job="price",outcome="error"\} 1/);
});
