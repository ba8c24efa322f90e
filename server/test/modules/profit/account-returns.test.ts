import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Decimal, roundFiat } from '../../../src/common/money.js';
import { PricesService } from '../../../src/modules/prices/prices.service.js';
import { registerCustomer } from '../../helpers/accounts.js';
import { linkNodes } from '../../helpers/seed.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';

/**
 * Return on rent and break-even per node and per account (issue #16: "ROI since assignment"). GNK
 * at 1 USD; day D is 6 days ago. Both nodes are the customer's first (visible_from NULL: the month's
 * figures reach back before the assignment), yet the return counts income and rent from the
 * assignment only:
 * - A: assigned D 12:00, rent 1 USD/hour from D − 2 (before the assignment: counts from D 12:00);
 *   1000 GNK at D − 1 12:00 (before the assignment: not counted), 10 at D+1 12:00, 400 at D+5 12:00.
 * - B: assigned D 00:00, rent 1 USD/hour from D+2 (after the assignment: none before it); 5 GNK at
 *   D+1 06:00 (counted, though no rent was recorded yet), 200 at D+3 12:00.
 * The account's cumulative net turns ≥ 0 at D+3 12:00 (215 against 72 + 36 h of rent): neither
 * A's date (D+5 12:00) nor B's (D+1 06:00).
 */
const RETURNS = `{ returns { roi since net breakEvenAt } rent net }`;
const DASHBOARD = `{ dashboard { profit ${RETURNS} } }`;
const NODE = `query($id: ID!) { node(id: $id) { profit ${RETURNS} } }`;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

let app: TestApp;
let token: string;
let a: string;
let b: string;
const d = Math.floor(Date.now() / DAY_MS) * DAY_MS - 6 * DAY_MS;
const at = (days: number, hours = 0) => new Date(d + days * DAY_MS + hours * HOUR_MS);
const day = (days: number) => at(days).toISOString().slice(0, 10);
/** When each node's rent starts counting for the return: the later of its assignment and its first rent. */
const rentFrom = () => ({ [a]: at(0, 12), [b]: at(2) });

before(async () => {
  app = await startTestApp();
  const session = await registerCustomer(app, 'returns@example.com');
  token = session.accessToken;
  [a, b] = await linkNodes(app, session.user.id, ['gonka1returnsa', 'gonka1returnsb']);
  const today = new Date().toISOString().slice(0, 10);
  await app.running.app.get(PricesService).dailyPrices(today, today);
  await withClient(app.db.url, async (c) => {
    for (const [node, assigned] of [
      [a, at(0, 12)],
      [b, at(0)],
    ] as const)
      await c.query(`UPDATE user_nodes SET assigned_at = $2 WHERE node_id = $1`, [node, assigned]);
    for (let n = -8; n <= 6; n++) {
      await c.query(
        `INSERT INTO gnk_daily_prices (coin_id, day, currency, price, priced_at, source) VALUES
           ('wrapped-gonka', $1, 'USD', '1', $1::date, 'test'), ('wrapped-gonka', $1, 'EUR', '0.9', $1::date, 'test')
         ON CONFLICT (coin_id, day, currency) DO UPDATE SET price = EXCLUDED.price`,
        [day(n)],
      );
    }
    for (const [node, validFrom] of [
      [a, day(-2)],
      [b, day(2)],
    ] as const)
      await c.query(`INSERT INTO node_rents (node_id, amount, currency, period, valid_from, created_by) VALUES ($1, '1', 'USD', 'HOUR', $2, $3)`, [
        node,
        validFrom,
        session.user.id,
      ]);
    for (const [node, epoch, when, gnk] of [
      [a, 99, at(-1, 12), '1000'],
      [b, 100, at(1, 6), '5'],
      [a, 101, at(1, 12), '10'],
      [b, 103, at(3, 12), '200'],
      [a, 105, at(5, 12), '400'],
    ] as const)
      await c.query(
        `INSERT INTO earnings_history (node_id, epoch, date, settled_at, earnings_gnk, claimed, source)
         VALUES ($1, $2, ($3::timestamptz AT TIME ZONE 'UTC')::date, $3, $4, true, 'gonka_api')`,
        [node, epoch, when, gnk],
      );
  });
});
after(() => app.close());

const gql = async (query: string, variables: Record<string, unknown> = {}) => {
  const res = await app.gql(query, variables, token);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data;
};

/** 1 USD/hour from each start up to `t`, each node's rent rounded on its own (as the account sums them). */
const rentAt = (starts: Date[], t: number) =>
  starts.reduce((s, from) => s.plus(roundFiat(new Decimal(t - from.getTime()).div(HOUR_MS), 'USD')), new Decimal(0));

/**
 * The returns asked between t0 and t1: the rent they imply (income − net) lies between the rent
 * accrued by t0 and by t1 from the expected starts, and roi is exactly net ÷ that rent in percent.
 */
async function assertReturns(query: string, variables: Record<string, unknown>, pick: (data: any) => any, income: string, starts: Date[]) {
  const t0 = Date.now();
  const returns = pick(await gql(query, variables)).returns;
  const t1 = Date.now();
  const rent = new Decimal(income).minus(returns.net);
  assert.ok(
    rent.gte(rentAt(starts, t0)) && rent.lte(rentAt(starts, t1)),
    `rent ${rent} (income ${income} − net ${returns.net}) not accrued from ${starts.map((s) => s.toISOString())}`,
  );
  assert.equal(returns.roi, new Decimal(returns.net).div(rent).mul(100).toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN).toFixed(2));
  return returns;
}

test('the account’s return counts income and rent from each node’s assignment: not the epoch or the rent before it', async () => {
  const r = rentFrom();
  const returns = await assertReturns(DASHBOARD, {}, (data) => data.dashboard.profit, '615.00', [r[a], r[b]]);
  assert.equal(returns.since, at(0).toISOString());
  assert.equal(returns.breakEvenAt, at(3, 12).toISOString());
});

test('a node’s return runs from its assignment; each node’s break-even is its own, the account’s none of them', async () => {
  const r = rentFrom();
  const nodeA = await assertReturns(NODE, { id: a }, (data) => data.node.profit, '410.00', [r[a]]);
  const nodeB = await assertReturns(NODE, { id: b }, (data) => data.node.profit, '205.00', [r[b]]);
  assert.equal(nodeA.since, at(0, 12).toISOString());
  assert.equal(nodeB.since, at(0).toISOString());
  assert.equal(nodeA.breakEvenAt, at(5, 12).toISOString());
  assert.equal(nodeB.breakEvenAt, at(1, 6).toISOString());
});

test('an account whose net is negative now has no break-even (node A’s rent raised from yesterday on)', async () => {
  await withClient(app.db.url, (c) =>
    c.query(`INSERT INTO node_rents (node_id, amount, currency, period, valid_from) VALUES ($1, '500', 'USD', 'HOUR', $2)`, [a, day(5)]),
  );
  const profit = (await gql(DASHBOARD)).dashboard.profit;
  assert.ok(new Decimal(profit.returns.net).isNegative(), `net ${profit.returns.net}`);
  assert.equal(profit.returns.breakEvenAt, null);
  // Node B alone still broke even.
  assert.equal((await gql(NODE, { id: b })).node.profit.returns.breakEvenAt, at(1, 6).toISOString());
});
