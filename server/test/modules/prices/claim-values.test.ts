import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { PricesService } from '../../../src/modules/prices/prices.service.js';
import { registerCustomer } from '../../helpers/accounts.js';
import { exactValue } from '../../helpers/exact-money.js';
import { linkNodes, refreshOnce } from '../../helpers/seed.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';

/**
 * The epoch guard's GNK amounts have their fiat companions too (issue #16: every GNK amount a
 * customer sees): claimable.amountValue, expiredThisMonthValue and each Needs-attention line's
 * amountValue — each settlement day at that day's price, summed and rounded once. The expectation
 * is computed here from the raw rows and prices.
 */
const V = `{ amount currency price stale }`;
const DASHBOARD = `{ dashboard { claimable { amount amountValue ${V} } expiredThisMonth expiredThisMonthValue ${V}
  attention(first: 50) { kind epoch nodeId amount amountValue ${V} } } }`;
const DAY_MS = 86_400_000;

let app: TestApp;
let token: string;
let nodeIds: string[];
let current: number;

before(async () => {
  app = await startTestApp();
  app.running.upstreams.simulator!.pauseClock(true);
  const session = await registerCustomer(app, 'claim-values@example.com');
  token = session.accessToken;
  const sim = app.running.upstreams.simulator!.url;
  current = ((await (await fetch(`${sim}/v1/epochs/latest`)).json()) as any).latest_epoch.index;
  const perf = (await (await fetch(`${sim}/chain-api/productscience/inference/inference/epoch_performance_summary/${current - 1}`)).json()) as any;
  const paid = perf.epochPerformanceSummary.filter((r: any) => BigInt(r.rewarded_coins) > 0n).slice(0, 2);
  nodeIds = await linkNodes(
    app,
    session.user.id,
    paid.map((r: any) => r.participant_id),
  );
  await refreshOnce(app);
  const today = new Date().toISOString().slice(0, 10);
  await app.running.app.get(PricesService).dailyPrices(today, today);
  // Unclaimed rewards of earlier epochs settled this month (expired), on days priced with more decimals than cents.
  const days = [0, 1].map((back) => new Date(Date.now() - back * DAY_MS).toISOString().slice(0, 10)).filter((d) => d.slice(0, 7) === today.slice(0, 7));
  await withClient(app.db.url, async (c) => {
    for (const [i, day] of days.entries()) {
      if (day !== today)
        await c.query(
          `INSERT INTO gnk_daily_prices (coin_id, day, currency, price, priced_at, source) VALUES ('wrapped-gonka', $1, 'USD', $2, $1::date, 'test')
           ON CONFLICT (coin_id, day, currency) DO UPDATE SET price = EXCLUDED.price`,
          [day, `0.41${i}3456789`],
        );
      for (const [j, node] of nodeIds.entries())
        await c.query(
          `INSERT INTO earnings_history (node_id, epoch, date, settled_at, earnings_gnk, claimed, source)
           VALUES ($1, $2, $3, $3::date + interval '1 minute', $4, false, 'gonka_api') ON CONFLICT DO NOTHING`,
          [node, current - 5 - i, day, `${321 + i * 17}.${String(123456789 + i * 7 + j * 13).padStart(9, '0')}`],
        );
    }
  });
});
after(() => app.close());

/** The customer's unclaimed rows with their settlement day's USD price: claimable (epoch ≥ current − 1) or expired this month. */
async function unclaimed(kind: 'claimable' | 'expired') {
  const res = await withClient(app.db.url, (c) =>
    c.query(
      `SELECT h.node_id, h.epoch, h.earnings_gnk::text AS gnk, p.price::text AS price FROM earnings_history h
       JOIN gnk_daily_prices p ON p.day = (h.settled_at AT TIME ZONE 'UTC')::date AND p.currency = 'USD' AND p.coin_id = 'wrapped-gonka'
       WHERE h.node_id = ANY($1::uuid[]) AND h.earnings_gnk > 0 AND NOT h.claimed
         AND ${kind === 'claimable' ? 'h.epoch >= $2 - 1' : `h.epoch < $2 - 1 AND h.settled_at >= date_trunc('month', now() AT TIME ZONE 'UTC')`}`,
      [nodeIds, current],
    ),
  );
  return res.rows as { node_id: string; epoch: number; gnk: string; price: string }[];
}

test('claimable, expired this month and each attention line are valued at their settlement days’ prices, rounded once', async () => {
  const res = await app.gql(DASHBOARD, {}, token);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  const d = res.data.dashboard;
  const expired = await unclaimed('expired');
  assert.ok(expired.length >= 2, 'expired rewards this month');
  assert.ok(Number(d.expiredThisMonth) > 0);
  assert.deepEqual([d.expiredThisMonthValue.amount, d.expiredThisMonthValue.currency], [exactValue(expired), 'USD']);
  const claimable = await unclaimed('claimable');
  if (claimable.length) assert.equal(d.claimable.amountValue.amount, exactValue(claimable));
  else assert.equal(d.claimable.amountValue.amount, '0.00');
  const lines = d.attention.filter((a: any) => a.kind === 'EXPIRED' || a.kind === 'CLAIMABLE');
  assert.ok(lines.length >= expired.length);
  for (const line of lines) {
    const row = [...expired, ...claimable].find((r) => r.node_id === line.nodeId && r.epoch === line.epoch);
    assert.ok(row, `line of epoch ${line.epoch}`);
    assert.equal(line.amountValue.amount, exactValue([row]), `${line.kind} ${line.epoch}`);
  }
  for (const line of d.attention.filter((a: any) => a.amount === null)) assert.equal(line.amountValue, null, 'no amount, no value');
});

test('a GNK preference gives the GNK amounts themselves', async () => {
  const set = await app.gql(`mutation { updateProfile(input: { currencyPreference: GNK }) { currencyPreference } }`, {}, token);
  assert.equal(set.errors, undefined, JSON.stringify(set.errors));
  const d = (await app.gql(DASHBOARD, {}, token)).data.dashboard;
  assert.equal(d.expiredThisMonthValue.currency, 'GNK');
  assert.equal(Number(d.expiredThisMonthValue.amount), Number(d.expiredThisMonth));
});
