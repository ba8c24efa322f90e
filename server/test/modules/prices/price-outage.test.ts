import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { CacheService } from '../../../src/cache/cache.service.js';
import { PricesService } from '../../../src/modules/prices/prices.service.js';
import { registerCustomer } from '../../helpers/accounts.js';
import { linkNodes } from '../../helpers/seed.js';
import { simClearFaults, simFault, simReset, simStats } from '../../helpers/sim.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';

const SIMPLE_PRICE = '/coingecko/api/v3/simple/price';
const PRICE = `{ price { usd eur at source stale } }`;
const DASHBOARD = `{ dashboard { earningsMonth earningsMonthValue { amount currency priceAt stale } } }`;

let app: TestApp;
let token: string;
let prices: PricesService;
let cache: CacheService;

/** Makes the cached and the stored quote an hour old, as after an hour without a successful refresh. */
async function ageQuote(): Promise<void> {
  const old = Date.now() - 3_600_000;
  const entry = await cache.get<Record<string, unknown>>(prices.quoteKey);
  if (entry) await cache.set(prices.quoteKey, { ...entry.value, fetchedAt: old }, undefined, old);
  await withClient(app.db.url, (c) => c.query(`UPDATE gnk_price_quotes SET fetched_at = $1`, [new Date(old)]));
}

async function untilFresh(): Promise<{ stale: boolean; at: string }> {
  const deadline = Date.now() + 45_000;
  for (;;) {
    const price = (await app.gql(PRICE, {}, token)).data.price;
    if (!price.stale || Date.now() > deadline) return price;
    await (prices as any).resources.settled();
    await new Promise((r) => setTimeout(r, 1_000));
  }
}

before(async () => {
  app = await startTestApp();
  const session = await registerCustomer(app, 'outage@example.com');
  token = session.accessToken;
  prices = app.running.app.get(PricesService);
  cache = app.running.app.get(CacheService);
  const [node] = await linkNodes(app, session.user.id, ['gonka1outage']);
  await withClient(app.db.url, (c) =>
    c.query(
      `INSERT INTO earnings_history (node_id, epoch, date, settled_at, earnings_gnk, claimed, source)
       VALUES ($1, 500, (now() AT TIME ZONE 'UTC')::date, now(), '12.5', true, 'gonka_api')`,
      [node],
    ),
  );
});
after(() => app.close());

test('outage: the last known price, stale with its time; then recovery', async () => {
  await simReset(app);
  const first = (await app.gql(PRICE, {}, token)).data.price;
  assert.equal(first.stale, false);
  assert.equal((await simStats(app))[SIMPLE_PRICE], 1);

  await simFault(app, { route: SIMPLE_PRICE, kind: 'http500' });
  await ageQuote();
  // The cached quote, stale, with the source's time of it; the refresh it starts fails.
  const during = (await app.gql(PRICE, {}, token)).data.price;
  assert.deepEqual({ ...during, stale: undefined }, { ...first, stale: undefined });
  assert.equal(during.stale, true);
  await (prices as any).resources.settled();
  assert.ok((await simStats(app))[SIMPLE_PRICE] > 1, 'a refresh was tried');

  // A restart during the outage (empty cache): the stored quote, stale.
  await cache.delete(prices.quoteKey);
  const afterRestart = (await app.gql(PRICE, {}, token)).data.price;
  assert.equal(afterRestart.stale, true);
  assert.equal(afterRestart.usd, first.usd);
  assert.equal(afterRestart.at, first.at);
  // The dashboard's value still shows, from the stored daily price, and says it is stale.
  const value = (await app.gql(DASHBOARD, {}, token)).data.dashboard.earningsMonthValue;
  assert.equal(value.currency, 'USD');
  assert.equal(value.stale, true);

  // Recovery: a read fetches again and is fresh — the next one, or, when the outage's failed fetches
  // (readers' and the scheduled price refresh's) opened the price host's breaker, one once it half-opens.
  await simClearFaults(app);
  const recovered = await untilFresh();
  assert.equal(recovered.stale, false);
  assert.ok(new Date(recovered.at) >= new Date(first.at));
  const stored = await withClient(app.db.url, (c) => c.query(`SELECT fetched_at FROM gnk_price_quotes`));
  assert.ok(Date.now() - stored.rows[0].fetched_at.getTime() < 60_000, 'the fresh quote is stored');
});

// Last: the failures here open the price host's breaker (as a real outage would), which the recovery above must not meet.
test('no price ever known and the source down: price and the value are null, the GNK figure is still there', async () => {
  await withClient(app.db.url, (c) => c.query(`DELETE FROM gnk_price_quotes; DELETE FROM gnk_daily_prices`));
  await cache.delete(prices.quoteKey);
  await cache.delete(prices.historyKey);
  await simFault(app, { route: SIMPLE_PRICE, kind: 'http500' });
  await simFault(app, { route: '/coingecko/api/v3/coins/{id}/market_chart', kind: 'http500' });
  const price = await app.gql(PRICE, {}, token);
  assert.equal(price.errors, undefined, JSON.stringify(price.errors));
  assert.equal(price.data.price, null);
  const res = await app.gql(DASHBOARD, {}, token);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  assert.equal(res.data.dashboard.earningsMonth, '12.500000000');
  assert.equal(res.data.dashboard.earningsMonthValue, null);
});
