import assert from 'node:assert/strict';
import { PricesService } from '../../src/modules/prices/prices.service.js';
import { registerCustomer } from './accounts.js';
import { linkNodes, refreshOnce } from './seed.js';
import { startTestApp, type TestApp } from './test-app.js';
import { withClient } from './test-db.js';

/**
 * A customer with two paid simulator nodes and settled epochs on several earlier days, each day
 * priced in USD and EUR with more decimals than cents (so rounding once and rounding per day
 * differ): the ground the fiat-companion tests (issue #16) check their values against.
 */

export const DAY_MS = 86_400_000;
const V = `{ amount currency price priceAt stale }`;
export const NODES = `{ myNodes(first: 10) { nodes { id earningsDay earningsDayValue ${V} earningsTotal earningsTotalValue ${V} } } }`;
export const SERIES = `query($g: EarningsGranularity!) { dashboard { earningsSeries(granularity: $g) { periodStart epoch amount amountValue ${V} } } }`;
export const NODE = `query($id: ID!) { node(id: $id) {
  earnings(granularity: WEEK) { periodStart amount amountValue ${V} }
  epochs(first: 50) { nodes { epoch settledAt rewarded rewardedValue ${V} } }
  epochRisk { estimatedReward estimatedRewardValue ${V} } } }`;

/** A settled epoch of one of the customer's nodes with its settlement day's price. */
export interface SettledRow {
  node_id: string;
  epoch: number;
  day: string;
  settled_at: Date;
  gnk: string;
  price: string;
}

export interface PricedEarnings {
  app: TestApp;
  nodeIds: string[];
  /** The customer's query; fails on any GraphQL error. */
  gql(query: string, variables?: Record<string, unknown>): Promise<any>;
  /** Every settled row of the customer's nodes with its day's price (each row must have one). */
  rows(currency: 'USD' | 'EUR'): Promise<SettledRow[]>;
}

export async function startPricedEarnings(email: string): Promise<PricedEarnings> {
  const app = await startTestApp();
  app.running.upstreams.simulator!.pauseClock(true);
  const session = await registerCustomer(app, email);
  const summary = await (await fetch(`${app.running.upstreams.simulator!.url}/v1/epochs/latest`)).json();
  const settled = (summary as any).latest_epoch.index - 1;
  const perf = await (
    await fetch(`${app.running.upstreams.simulator!.url}/chain-api/productscience/inference/inference/epoch_performance_summary/${settled}`)
  ).json();
  const paid = (perf as any).epochPerformanceSummary.filter((r: any) => BigInt(r.rewarded_coins) > 0n).slice(0, 2);
  const nodeIds = await linkNodes(
    app,
    session.user.id,
    paid.map((r: any) => r.participant_id),
  );
  await refreshOnce(app);
  const today = new Date().toISOString().slice(0, 10);
  await app.running.app.get(PricesService).dailyPrices(today, today);
  await withClient(app.db.url, async (c) => {
    for (const [i, back] of [2, 5, 9, 16].entries()) {
      const day = new Date(Date.now() - back * DAY_MS).toISOString().slice(0, 10);
      await c.query(
        `INSERT INTO gnk_daily_prices (coin_id, day, currency, price, priced_at, source) VALUES
           ('wrapped-gonka', $1, 'USD', $2, $1::date, 'test'), ('wrapped-gonka', $1, 'EUR', $3, $1::date, 'test')
         ON CONFLICT (coin_id, day, currency) DO UPDATE SET price = EXCLUDED.price`,
        [day, `0.41${i}3456789`, `0.37${i}5555555`],
      );
      for (const [j, node] of nodeIds.entries()) {
        await c.query(
          `INSERT INTO earnings_history (node_id, epoch, date, settled_at, earnings_gnk, claimed, source)
           VALUES ($1, $2, $3, $3::date + interval '7 hours', $4, true, 'gonka_api') ON CONFLICT DO NOTHING`,
          [node, 10 + i, day, `${1234 + i * 17}.${String(123456789 + i * 7 + j * 13).padStart(9, '0')}`],
        );
      }
    }
  });
  return {
    app,
    nodeIds,
    async gql(query, variables = {}) {
      const res = await app.gql(query, variables, session.accessToken);
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      return res.data;
    },
    async rows(currency) {
      const res = await withClient(app.db.url, (c) =>
        c.query(
          `SELECT h.node_id, h.epoch, h.date::text AS day, h.settled_at, h.earnings_gnk::text AS gnk, p.price::text AS price
           FROM earnings_history h LEFT JOIN gnk_daily_prices p ON p.day = h.date AND p.currency = $2 AND p.coin_id = 'wrapped-gonka'
           WHERE h.node_id = ANY($1::uuid[])`,
          [nodeIds, currency],
        ),
      );
      for (const r of res.rows) assert.ok(r.price, `epoch ${r.epoch} (${r.day}) has its day's price`);
      return res.rows;
    },
  };
}
