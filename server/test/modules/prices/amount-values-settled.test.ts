import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { PricesService } from '../../../src/modules/prices/prices.service.js';
import { exactValue, scaled } from '../../helpers/exact-money.js';
import { DAY_MS, NODE, NODES, type PricedEarnings, SERIES, type SettledRow, startPricedEarnings } from '../../helpers/priced-earnings.js';
import { withClient } from '../../helpers/test-db.js';

/**
 * The fiat companions of settled GNK amounts (issue #16): node day/total, earnings buckets (DAY,
 * WEEK, EPOCH), epoch rewards — each settlement day at its own price, against real settled epochs,
 * with the expectation computed here from the raw rows. The current price and the currency
 * preference: amount-values-current-and-currency.test.ts.
 */

let ctx: PricedEarnings;

/** Σ GNK × price over the rows, rounded once, half-even. */
const expected = (list: SettledRow[]): string => exactValue(list);

before(async () => {
  ctx = await startPricedEarnings('companions@example.com');
});
after(() => ctx.app.close());

test('node day and total values are Σ of each settlement day’s GNK × that day’s price, rounded once — with one price read for the page', async () => {
  const prices = ctx.app.running.app.get(PricesService);
  const original = prices.dailyPrices.bind(prices);
  let reads = 0;
  prices.dailyPrices = (from, to) => {
    reads++;
    return original(from, to);
  };
  const data = await ctx.gql(NODES).finally(() => {
    prices.dailyPrices = original;
  });
  assert.equal(reads, 1, 'one price read for every node and field');
  const all = await ctx.rows('USD');
  const dayAgo = Date.now() - DAY_MS;
  assert.equal(data.myNodes.nodes.length, 2);
  for (const node of data.myNodes.nodes) {
    const own = all.filter((r) => r.node_id === node.id);
    assert.ok(new Set(own.map((r) => r.day)).size >= 4, 'several settlement days');
    assert.equal(node.earningsTotalValue.currency, 'USD');
    assert.equal(node.earningsTotalValue.amount, expected(own));
    const lastDay = own.filter((r) => r.settled_at.getTime() > dayAgo);
    if (lastDay.length) assert.equal(node.earningsDayValue.amount, expected(lastDay));
    else assert.equal(node.earningsDayValue.amount, '0.00');
    assert.match(node.earningsTotalValue.amount, /^\d+\.\d{2}$/);
  }
});

test('earnings buckets: a DAY or EPOCH bucket is its day’s value, a WEEK bucket the sum of its days', async () => {
  const all = await ctx.rows('USD');
  const monthAgo = Date.now() - 30 * DAY_MS;
  const recent = all.filter((r) => r.settled_at.getTime() >= monthAgo);
  for (const g of ['DAY', 'EPOCH'] as const) {
    const series = (await ctx.gql(SERIES, { g })).dashboard.earningsSeries;
    assert.ok(series.length > 0);
    for (const p of series) {
      const inBucket = g === 'DAY' ? recent.filter((r) => r.day === p.periodStart.slice(0, 10)) : recent.filter((r) => r.epoch === p.epoch);
      assert.equal(p.amountValue.amount, expected(inBucket), `${g} ${p.periodStart}`);
    }
  }
  const node = (await ctx.gql(NODE, { id: ctx.nodeIds[0] })).node;
  const own = recent.filter((r) => r.node_id === ctx.nodeIds[0]);
  for (const w of node.earnings) {
    const start = Date.parse(w.periodStart);
    const inWeek = own.filter((r) => Date.parse(`${r.day}T00:00:00Z`) >= start && Date.parse(`${r.day}T00:00:00Z`) < start + 7 * DAY_MS);
    assert.ok(inWeek.length > 0);
    assert.equal(w.amountValue.amount, expected(inWeek), `week of ${w.periodStart}`);
  }
  for (const e of node.epochs.nodes) {
    const row = all.find((r) => r.node_id === ctx.nodeIds[0] && r.epoch === e.epoch);
    assert.ok(row);
    assert.equal(e.rewardedValue.amount, expected([row]), `epoch ${e.epoch}`);
  }
});

// Last: it deletes the earlier days' prices.
test('no price known for a settlement day (nor the week before): the value is null, the GNK figure stays', async () => {
  const today = new Date().toISOString().slice(0, 10);
  await withClient(ctx.app.db.url, (c) => c.query(`DELETE FROM gnk_daily_prices WHERE day < $1`, [today]));
  for (const node of (await ctx.gql(NODES)).myNodes.nodes) {
    assert.equal(node.earningsTotalValue, null);
    assert.ok(scaled(node.earningsTotal, 9) > 0n);
  }
  const old = (await ctx.gql(NODE, { id: ctx.nodeIds[0] })).node.epochs.nodes.filter((e: any) => e.settledAt.slice(0, 10) < today);
  assert.ok(old.length > 0);
  for (const e of old) assert.equal(e.rewardedValue, null);
});
