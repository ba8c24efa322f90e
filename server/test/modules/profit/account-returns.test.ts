import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { PricesService } from '../../../src/modules/prices/prices.service.js';
import { registerCustomer } from '../../helpers/accounts.js';
import { linkNodes } from '../../helpers/seed.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';

/**
 * Return on rent and break-even per node and per account (issue #16). Two nodes at 1 USD/hour each
 * from day D (6 days ago), GNK at 1 USD; settlements: A 10 GNK at D+1 12:00, B 200 at D+3 12:00,
 * A 400 at D+5 12:00. The account's cumulative net turns ≥ 0 at D+3 12:00 (210 against 2 × 84 h of
 * rent) — earlier than node A's (D+5), so no per-node date stands in for it.
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

before(async () => {
  app = await startTestApp();
  const session = await registerCustomer(app, 'returns@example.com');
  token = session.accessToken;
  [a, b] = await linkNodes(app, session.user.id, ['gonka1returnsa', 'gonka1returnsb']);
  const today = new Date().toISOString().slice(0, 10);
  await app.running.app.get(PricesService).dailyPrices(today, today);
  await withClient(app.db.url, async (c) => {
    for (let day = -8; day <= 6; day++) {
      await c.query(
        `INSERT INTO gnk_daily_prices (coin_id, day, currency, price, priced_at, source) VALUES
           ('wrapped-gonka', $1, 'USD', '1', $1::date, 'test'), ('wrapped-gonka', $1, 'EUR', '0.9', $1::date, 'test')
         ON CONFLICT (coin_id, day, currency) DO UPDATE SET price = EXCLUDED.price`,
        [at(day).toISOString().slice(0, 10)],
      );
    }
    for (const node of [a, b])
      await c.query(`INSERT INTO node_rents (node_id, amount, currency, period, valid_from, created_by) VALUES ($1, '1', 'USD', 'HOUR', $2, $3)`, [
        node,
        at(0).toISOString().slice(0, 10),
        session.user.id,
      ]);
    for (const [node, epoch, when, gnk] of [
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

test('the account’s break-even is the settlement where all nodes’ values so far first covered all their rent so far', async () => {
  const profit = (await gql(DASHBOARD)).dashboard.profit;
  assert.equal(profit.returns.breakEvenAt, at(3, 12).toISOString());
  assert.equal(profit.returns.since, at(0).toISOString());
  // ROI since the first rent: net ÷ rent, in percent.
  const { roi, net } = profit.returns;
  assert.ok(Number(net) > 0);
  const rentSince = 610 - Number(net);
  assert.ok(Math.abs(Number(roi) - (Number(net) / rentSince) * 100) < 0.01, `roi ${roi} vs net ${net} / rent ${rentSince}`);
});

test('each node’s break-even is its own; the account’s is not any of them by construction', async () => {
  const nodeA = (await gql(NODE, { id: a })).node.profit.returns;
  const nodeB = (await gql(NODE, { id: b })).node.profit.returns;
  assert.equal(nodeA.breakEvenAt, at(5, 12).toISOString());
  assert.equal(nodeB.breakEvenAt, at(3, 12).toISOString());
});

test('an account whose net is negative now has no break-even (node A’s rent raised from yesterday on)', async () => {
  await withClient(app.db.url, (c) =>
    c.query(`INSERT INTO node_rents (node_id, amount, currency, period, valid_from) VALUES ($1, '500', 'USD', 'HOUR', $2)`, [
      a,
      at(5).toISOString().slice(0, 10),
    ]),
  );
  const profit = (await gql(DASHBOARD)).dashboard.profit;
  assert.ok(Number(profit.returns.net) < 0, `net ${profit.returns.net}`);
  assert.equal(profit.returns.breakEvenAt, null);
  // Node B alone still broke even.
  assert.equal((await gql(NODE, { id: b })).node.profit.returns.breakEvenAt, at(3, 12).toISOString());
});
