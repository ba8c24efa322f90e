/**
 * A month of 1,000 settled epochs on two nodes (seeded through the earnings repository), priced by
 * PricesService (the simulator's price API), with a rent change mid-month: every total of the
 * statement equals the sum of its shown lines to the minor unit, each line is gnk × the settlement
 * day's price, the rent is what the rules say, and Node.profit / dashboard.profit show the same
 * numbers. Then the currency switch (USD → EUR).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Decimal, roundFiat } from '../../../src/common/money.js';
import { EarningsRepository } from '../../../src/modules/earnings/earnings.repository.js';
import { EpochVerdict } from '../../../src/modules/epochs/epoch-verdict.rules.js';
import { PricesRepository } from '../../../src/modules/prices/prices.repository.js';
import { PricesService } from '../../../src/modules/prices/prices.service.js';
import { ACCOUNT_HRP, encodeBech32 } from '../../../src/simulator/addresses.js';
import { ADMIN_ENV, loginAdmin, registerCustomer, type Session } from '../../helpers/accounts.js';
import { linkNodes } from '../../helpers/seed.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

let app: TestApp;
let admin: Session;
let alice: Session;
let nodes: string[];
const EPOCHS = 1000;
const now = new Date();
const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
const monthEnd = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
const MONTH = monthStart.toISOString().slice(0, 7);
const day16 = `${MONTH}-16`;
const daysInMonth = (monthEnd.getTime() - monthStart.getTime()) / 86_400_000;

const STATEMENT = `query($month: String!, $userId: ID) { statement(month: $month, userId: $userId) {
  month currency totals { gnk value rent net epochs }
  nodes { nodeId totals { gnk value rent net epochs } lines { epoch settledAt gnk price priceDay value rentShare net } }
} }`;
const PROFIT = `query($id: ID!, $range: ProfitRangeInput) { node(id: $id) { profit(range: $range) { currency incomeGnk income rent net margin nodesWithoutRent } } }`;
const DASHBOARD = `query($range: ProfitRangeInput) { dashboard { profit(range: $range) { currency incomeGnk income rent net margin } } }`;
const SET_RENT = `mutation($input: SetNodeRentInput!) { setNodeRent(input: $input) { id } }`;

async function gql(query: string, token: string, variables: Record<string, unknown> = {}) {
  const res = await app.gql(query, variables, token);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data;
}
const sum = (xs: string[]) => xs.reduce((s, x) => s.plus(x), new Decimal(0));

before(async () => {
  app = await startTestApp(ADMIN_ENV);
  admin = await loginAdmin(app);
  alice = await registerCustomer(app, 'statement-alice@example.com');
  nodes = await linkNodes(
    app,
    alice.user.id,
    [7, 8].map((n) => encodeBech32(ACCOUNT_HRP, new Uint8Array(20).fill(n))),
  );
  // 1,000 epochs over the month, alternating nodes; rewards with all 9 decimals in use.
  const repo = app.running.app.get(EarningsRepository);
  const step = (monthEnd.getTime() - monthStart.getTime()) / (EPOCHS + 1);
  for (let i = 0; i < EPOCHS; i++) {
    const settledAt = new Date(monthStart.getTime() + Math.round(step * (i + 1)));
    const reward = `${(i * 7919) % 40}.${String((i * 104_729 + 12_345) % 1e9).padStart(9, '0')}`;
    const verdict = { verdict: EpochVerdict.PAID, reason: 'paid', test: null };
    await repo.upsertRewards(100 + i, settledAt, [
      { nodeId: nodes[i % 2], reward, claimed: true, inSummary: true, counts: null, exclusionReason: null, verdict },
    ]);
  }
  // The simulator's price history starts at its first epoch (today here): last month's days are
  // stored through the prices domain's own repository, as its history fetch would store them.
  const days = Array.from({ length: daysInMonth }, (_, d) => new Date(monthStart.getTime() + d * 86_400_000));
  await app.running.app.get(PricesRepository).saveDays(
    'wrapped-gonka',
    days.flatMap((at, d) => [
      {
        day: at.toISOString().slice(0, 10),
        currency: 'USD' as const,
        price: `0.${String(412_345 + d * 7_771).padStart(6, '0')}`,
        pricedAt: at,
        source: 'test',
      },
      {
        day: at.toISOString().slice(0, 10),
        currency: 'EUR' as const,
        price: `0.${String(381_113 + d * 6_997).padStart(6, '0')}`,
        pricedAt: at,
        source: 'test',
      },
    ]),
  );
  const rent = (nodeIds: string[], amount: string, period: string, validFrom: string) =>
    gql(SET_RENT, admin.accessToken, { input: { nodeIds, amount, currency: 'USD', period, validFrom } });
  await rent(nodes, '1.85', 'HOUR', '2020-01-01');
  await rent([nodes[0]], '1400', 'MONTH', day16);
});
after(() => app.close());

test('a statement of 1,000 epochs: every total is the sum of its shown lines, to the cent', async () => {
  const { statement } = await gql(STATEMENT, alice.accessToken, { month: MONTH });
  assert.equal(statement.currency, 'USD');
  assert.equal(statement.totals.epochs, EPOCHS);
  assert.equal(statement.nodes.flatMap((n: any) => n.lines).length, EPOCHS);
  const prices = await app.running.app.get(PricesService).dailyPrices(`${MONTH}-01`, monthEnd.toISOString().slice(0, 10));
  for (const node of statement.nodes) {
    const lines = node.lines;
    assert.equal(sum(lines.map((l: any) => l.gnk)).toFixed(9), node.totals.gnk);
    assert.equal(roundFiat(sum(lines.map((l: any) => l.value)), 'USD'), node.totals.value);
    assert.equal(roundFiat(sum(lines.map((l: any) => l.rentShare)), 'USD'), node.totals.rent);
    assert.equal(roundFiat(sum(lines.map((l: any) => l.net)), 'USD'), node.totals.net);
    for (const l of lines) {
      const day = l.settledAt.slice(0, 10);
      assert.equal(l.priceDay, day, 'the settlement day has a price');
      assert.equal(l.price, prices.get(day)?.usd);
      assert.equal(l.value, roundFiat(new Decimal(l.gnk).mul(l.price), 'USD'));
      assert.equal(l.net, roundFiat(new Decimal(l.value).minus(l.rentShare), 'USD'));
    }
  }
  for (const k of ['value', 'rent', 'net'] as const) assert.equal(roundFiat(sum(statement.nodes.map((n: any) => n.totals[k])), 'USD'), statement.totals[k]);
  assert.equal(sum(statement.nodes.map((n: any) => n.totals.gnk)).toFixed(9), statement.totals.gnk);

  // The rent rules, computed here on their own: node 2 all month hourly; node 1 hourly to the 15th, then 1400/month.
  const byId = new Map(statement.nodes.map((n: any) => [n.nodeId, n]));
  const hours = daysInMonth * 24;
  assert.equal((byId.get(nodes[1]) as any).totals.rent, roundFiat(new Decimal('1.85').mul(hours), 'USD'));
  const firstRent = new Decimal('1.85').mul(15 * 24).plus(new Decimal(1400).mul(daysInMonth - 15).div(daysInMonth));
  assert.equal((byId.get(nodes[0]) as any).totals.rent, roundFiat(firstRent, 'USD'));
});

test('Node.profit and dashboard.profit for the month are the statement’s numbers', async () => {
  const { statement } = await gql(STATEMENT, alice.accessToken, { month: MONTH });
  for (const node of statement.nodes) {
    const { node: n } = await gql(PROFIT, alice.accessToken, { id: node.nodeId, range: { month: MONTH } });
    assert.deepEqual(
      [n.profit.incomeGnk, n.profit.income, n.profit.rent, n.profit.net],
      [node.totals.gnk, node.totals.value, node.totals.rent, node.totals.net],
    );
    assert.equal(n.profit.margin, new Decimal(node.totals.net).div(node.totals.value).mul(100).toDecimalPlaces(2).toFixed(2));
  }
  const { dashboard } = await gql(DASHBOARD, alice.accessToken, { range: { month: MONTH } });
  assert.deepEqual(
    [dashboard.profit.incomeGnk, dashboard.profit.income, dashboard.profit.rent, dashboard.profit.net],
    [statement.totals.gnk, statement.totals.value, statement.totals.rent, statement.totals.net],
  );
  // A custom range equal to the month gives the same figures; a day is a slice of it.
  const custom = await gql(DASHBOARD, alice.accessToken, { range: { from: monthStart.toISOString(), to: monthEnd.toISOString() } });
  assert.equal(custom.dashboard.profit.net, statement.totals.net);
  const day = await gql(PROFIT, alice.accessToken, { id: nodes[1], range: { day: `${MONTH}-03` } });
  assert.equal(day.node.profit.rent, roundFiat(new Decimal('1.85').mul(24), 'USD'));
});

test('currency switch: EUR figures use each day’s EUR price, and USD rent crossed at that day’s rate', async () => {
  await gql(`mutation { updateProfile(input: { currencyPreference: EUR }) { currencyPreference } }`, alice.accessToken);
  const { statement } = await gql(STATEMENT, alice.accessToken, { month: MONTH });
  assert.equal(statement.currency, 'EUR');
  const prices = await app.running.app.get(PricesService).dailyPrices(`${MONTH}-01`, monthEnd.toISOString().slice(0, 10));
  const node2 = statement.nodes.find((n: any) => n.nodeId === nodes[1]);
  for (const l of node2.lines) assert.equal(l.value, roundFiat(new Decimal(l.gnk).mul(prices.get(l.priceDay)?.eur as string), 'EUR'));
  let rent = new Decimal(0);
  for (let d = 0; d < daysInMonth; d++) {
    const p = prices.get(new Date(monthStart.getTime() + d * 86_400_000).toISOString().slice(0, 10));
    rent = rent.plus(
      new Decimal('1.85')
        .mul(24)
        .mul(p?.eur as string)
        .div(p?.usd as string),
    );
  }
  assert.equal(node2.totals.rent, roundFiat(rent, 'EUR'));
  const { dashboard } = await gql(DASHBOARD, alice.accessToken, { range: { month: MONTH } });
  assert.equal(dashboard.profit.currency, 'EUR');
  assert.equal(dashboard.profit.net, statement.totals.net);
  // GNK as the preference: profit needs a fiat currency, and says it uses USD.
  await gql(`mutation { updateProfile(input: { currencyPreference: GNK }) { currencyPreference } }`, alice.accessToken);
  const gnk = await gql(DASHBOARD, alice.accessToken, { range: { month: MONTH } });
  assert.equal(gnk.dashboard.profit.currency, 'USD');
  await gql(`mutation { updateProfile(input: { currencyPreference: USD }) { currencyPreference } }`, alice.accessToken);
});

test('bad ranges are BAD_USER_INPUT naming the field', async () => {
  const cases: [Record<string, unknown>, string][] = [
    [{ from: '2025-01-01T00:00:00Z', to: '2026-03-01T00:00:00Z' }, 'range.to'],
    [{ from: '2026-03-02T00:00:00Z', to: '2026-03-01T00:00:00Z' }, 'range.from'],
    [{ from: '2026-03-01T00:00:00Z' }, 'range.to'],
    [{ month: '2999-01' }, 'range.month'],
    [{ month: '2026-13' }, 'range.month'],
    [{ day: '2026-02-30' }, 'range.day'],
    [{ day: '2026-03-01', month: '2026-03' }, 'range'],
  ];
  for (const [range, field] of cases) {
    const res = await app.gql(DASHBOARD, { range }, alice.accessToken);
    assert.equal(res.errors?.[0].extensions?.code, 'BAD_USER_INPUT', JSON.stringify(range));
    assert.equal(res.errors?.[0].extensions?.field, field, JSON.stringify(range));
  }
  const future = await app.gql(STATEMENT, { month: '2999-01' }, alice.accessToken);
  assert.equal(future.errors?.[0].extensions?.field, 'month');
});
