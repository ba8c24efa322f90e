import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { PricesService } from '../../../src/modules/prices/prices.service.js';
import { registerCustomer } from '../../helpers/accounts.js';
import { linkNodes } from '../../helpers/seed.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';
import { centsHalfEven, exactValue, scaled } from '../../helpers/exact-money.js';

const DASHBOARD = `{ dashboard { earningsMonth earningsMonthValue { amount currency price priceAt stale } } }`;
const SET_CURRENCY = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { currencyPreference } }`;
const DAY_MS = 86_400_000;

/**
 * GNK per settlement day and node: each line's value is 0.30–0.49 of a cent past a cent in both
 * currencies at these prices, so whatever the day of the month (one to four days, two nodes),
 * rounding each line and rounding the sum once differ by at least a cent.
 */
const GNK = [
  ['1234.186456789', '1234.186456802'],
  ['1251.291456796', '1251.291456809'],
  ['1268.142456803', '1268.142456816'],
  ['1285.203456810', '1285.203456823'],
];

let app: TestApp;
let token: string;
let days: string[];

/** The customer's settled rows this month with their settlement day's price. */
async function pricedRows(currency: 'USD' | 'EUR'): Promise<{ gnk: string; price: string }[]> {
  const rows = await withClient(app.db.url, (c) =>
    c.query(
      `SELECT h.earnings_gnk::text AS gnk, p.price::text AS price FROM earnings_history h
       JOIN gnk_daily_prices p ON p.day = h.date AND p.currency = $1 AND p.coin_id = 'wrapped-gonka'
       WHERE h.date >= date_trunc('month', now() AT TIME ZONE 'UTC')::date`,
      [currency],
    ),
  );
  assert.equal(rows.rows.length, days.length * 2, 'every row has its day price');
  return rows.rows;
}

/** The expectation, from the raw rows: Σ over the customer's settled rows of (GNK × the settlement day's price, to the cent). */
async function expectedValue(currency: 'USD' | 'EUR'): Promise<string> {
  let cents = 0n;
  for (const r of await pricedRows(currency)) cents += scaled(centsHalfEven(scaled(r.gnk, 9) * scaled(r.price, 18), 27), 2);
  const perLine = `${cents / 100n}.${(cents % 100n).toString().padStart(2, '0')}`;
  assert.notEqual(perLine, exactValue(await pricedRows(currency)), 'the data tells rounding per line from rounding once');
  return perLine;
}

before(async () => {
  app = await startTestApp();
  const session = await registerCustomer(app, 'value@example.com');
  token = session.accessToken;
  const [a, b] = await linkNodes(app, session.user.id, ['gonka1valuea', 'gonka1valueb']);
  // Up to four settlement days this month, today included.
  const now = Date.now();
  const monthStart = Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), 1);
  days = [0, 1, 3, 6]
    .map((back) => now - back * DAY_MS)
    .filter((t) => t >= monthStart)
    .map((t) => new Date(t).toISOString().slice(0, 10));
  const today = days[0];
  // The simulator's history first (it also stores today's price), then the test's prices for every
  // day, today's included, with more decimals than cents (see GNK).
  await app.running.app.get(PricesService).dailyPrices(today, today);
  await withClient(app.db.url, async (c) => {
    for (const [i, day] of days.entries()) {
      await c.query(
        `INSERT INTO gnk_daily_prices (coin_id, day, currency, price, priced_at, source) VALUES
           ('wrapped-gonka', $1, 'USD', $2, $1::date, 'test'), ('wrapped-gonka', $1, 'EUR', $3, $1::date, 'test')
         ON CONFLICT (coin_id, day, currency) DO UPDATE SET price = EXCLUDED.price`,
        [day, `0.41${i}3456789`, `0.37${i}5555555`],
      );
      for (const [j, node] of [a, b].entries()) {
        await c.query(
          `INSERT INTO earnings_history (node_id, epoch, date, settled_at, earnings_gnk, claimed, source)
           VALUES ($1, $2, $3, $3::date + interval '1 minute', $4, true, 'gonka_api')`,
          [node, 1000 + i * 2 + j, day, GNK[i][j]],
        );
      }
    }
  });
});
after(() => app.close());

test('earningsMonthValue is Σ over settled epochs of GNK × the settlement day’s price to the cent (USD, the default)', async () => {
  const res = await app.gql(DASHBOARD, {}, token);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  const value = res.data.dashboard.earningsMonthValue;
  assert.equal(value.currency, 'USD');
  assert.equal(value.amount, await expectedValue('USD'));
  assert.match(value.amount, /^\d+\.\d{2}$/);
  assert.equal(value.stale, false);
  assert.ok(Number(res.data.dashboard.earningsMonth) > 0);
});

test('the month card, the profit card and the statement show one figure (they differed by a cent)', async () => {
  const res = await app.gql(`{ dashboard { earningsMonthValue { amount } profit { income } } }`, {}, token);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  const month = new Date().toISOString().slice(0, 7);
  const csv = await fetch(`${app.url}/statements/${month}.csv`, { headers: { authorization: `Bearer ${token}` } });
  assert.equal(csv.status, 200);
  const rows: Record<string, string>[] = parse(Buffer.from(await csv.arrayBuffer()), { bom: true, columns: true });
  const statementValue = rows[rows.length - 1].value;
  assert.ok(rows.length > 2 && /^\d+\.\d{2}$/.test(statementValue), 'the totals row');
  assert.deepEqual([res.data.dashboard.earningsMonthValue.amount, res.data.dashboard.profit.income], [statementValue, statementValue]);
});

test('the currency switch changes the value’s currency: EUR, then GNK (the GNK amount itself)', async () => {
  const eur = await app.gql(SET_CURRENCY, { input: { currencyPreference: 'EUR' } }, token);
  assert.equal(eur.errors, undefined, JSON.stringify(eur.errors));
  const inEur = (await app.gql(DASHBOARD, {}, token)).data.dashboard;
  assert.equal(inEur.earningsMonthValue.currency, 'EUR');
  assert.equal(inEur.earningsMonthValue.amount, await expectedValue('EUR'));

  await app.gql(SET_CURRENCY, { input: { currencyPreference: 'GNK' } }, token);
  const inGnk = (await app.gql(DASHBOARD, {}, token)).data.dashboard;
  assert.equal(inGnk.earningsMonthValue.currency, 'GNK');
  assert.equal(scaled(inGnk.earningsMonthValue.amount, 9), scaled(inGnk.earningsMonth, 9));
  assert.equal(inGnk.earningsMonthValue.price, '1');
  await app.gql(SET_CURRENCY, { input: { currencyPreference: 'USD' } }, token);
});

test('a settlement day without a price takes the previous day’s, marked stale', async () => {
  if (days.length < 2) return; // the 1st of the month: no earlier day this month to leave without a price
  const gap = days[days.length - 1];
  await withClient(app.db.url, (c) => c.query(`DELETE FROM gnk_daily_prices WHERE day = $1`, [gap]));
  const before = new Date(Date.parse(`${gap}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
  await withClient(app.db.url, (c) =>
    c.query(
      `INSERT INTO gnk_daily_prices (coin_id, day, currency, price, priced_at, source) VALUES ('wrapped-gonka', $1, 'USD', '0.5', $1::date, 'test')
       ON CONFLICT (coin_id, day, currency) DO UPDATE SET price = EXCLUDED.price`,
      [before],
    ),
  );
  const value = (await app.gql(DASHBOARD, {}, token)).data.dashboard.earningsMonthValue;
  assert.equal(value.stale, true);
});
