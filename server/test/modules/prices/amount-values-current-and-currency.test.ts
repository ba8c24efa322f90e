import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { CacheService } from '../../../src/cache/cache.service.js';
import { PricesService } from '../../../src/modules/prices/prices.service.js';
import { centsHalfEven, exactValue, scaled } from '../../helpers/exact-money.js';
import { NODE, NODES, type PricedEarnings, startPricedEarnings } from '../../helpers/priced-earnings.js';
import { simClearFaults, simFault } from '../../helpers/sim.js';
import { withClient } from '../../helpers/test-db.js';

/**
 * The fiat companions (issue #16) that follow the price now and the viewer's currency: the current
 * epoch's estimate at the current price (stale during a price outage), and the EUR / GNK
 * preferences over the same settled days. Settled values at their day prices:
 * amount-values-settled.test.ts.
 */
const SET_CURRENCY = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { currencyPreference } }`;
const SIMPLE_PRICE = '/coingecko/api/v3/simple/price';

let ctx: PricedEarnings;

before(async () => {
  ctx = await startPricedEarnings('companions@example.com');
});
after(() => ctx.app.close());

test('the current epoch’s estimate is valued at the current price; an outage marks it stale', async () => {
  const { app, gql, nodeIds } = ctx;
  const quote = (await gql(`{ price { usd } }`)).price;
  const risk = (await gql(NODE, { id: nodeIds[0] })).node.epochRisk;
  assert.ok(risk.estimatedReward, 'the simulator estimates the epoch');
  assert.equal(risk.estimatedRewardValue.amount, centsHalfEven(scaled(risk.estimatedReward, 9) * scaled(quote.usd, 18), 27));
  assert.equal(risk.estimatedRewardValue.price, quote.usd);
  assert.equal(risk.estimatedRewardValue.stale, false);

  const cache = app.running.app.get(CacheService);
  const prices = app.running.app.get(PricesService);
  await simFault(app, { route: SIMPLE_PRICE, kind: 'http500' });
  const old = Date.now() - 3_600_000;
  const entry = await cache.get<Record<string, unknown>>(prices.quoteKey);
  if (entry) await cache.set(prices.quoteKey, { ...entry.value, fetchedAt: old }, undefined, old);
  await withClient(app.db.url, (c) => c.query(`UPDATE gnk_price_quotes SET fetched_at = $1`, [new Date(old)]));
  const during = (await gql(NODE, { id: nodeIds[0] })).node.epochRisk;
  assert.equal(during.estimatedRewardValue.stale, true);
  assert.equal(during.estimatedRewardValue.amount, risk.estimatedRewardValue.amount, 'the last known price');
  assert.ok(during.estimatedReward, 'the GNK figure stays');
  await (prices as any).resources.settled();
  await simClearFaults(app);
});

test('the currency switch: EUR values at EUR prices, GNK gives the GNK amount itself (as earningsMonthValue)', async () => {
  const { gql } = ctx;
  await gql(SET_CURRENCY, { input: { currencyPreference: 'EUR' } });
  const eur = await ctx.rows('EUR');
  for (const node of (await gql(NODES)).myNodes.nodes) {
    assert.equal(node.earningsTotalValue.currency, 'EUR');
    assert.equal(node.earningsTotalValue.amount, exactValue(eur.filter((r) => r.node_id === node.id)));
  }
  await gql(SET_CURRENCY, { input: { currencyPreference: 'GNK' } });
  for (const node of (await gql(NODES)).myNodes.nodes) {
    assert.equal(node.earningsTotalValue.currency, 'GNK');
    assert.equal(scaled(node.earningsTotalValue.amount, 9), scaled(node.earningsTotal, 9));
    assert.equal(node.earningsTotalValue.price, '1');
  }
  await gql(SET_CURRENCY, { input: { currencyPreference: 'USD' } });
});
