import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN_ENV, loginAdmin, registerCustomer } from '../../helpers/accounts.js';
import { linkNodes, refreshOnce } from '../../helpers/seed.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';

/**
 * The current month's projection (issue #16): settled so far + the current epoch's estimate (the
 * epoch guard's, at the current price) + the recent daily pace over the rented time left after the
 * epoch's end — against the simulator's epochs, estimates and prices.
 */
const PROJECTION = `{ dashboard { profit { income projection {
  projected through income settledIncome currentEpochEstimate currentEpochEstimateValue { amount currency price stale }
  paceGnkPerDay remainingFrom remainingIncome rent net margin } } } price { usd } }`;
const RISK = `query($id: ID!) { node(id: $id) { epochRisk { estimatedReward } } }`;
const DAY_MS = 86_400_000;
const CHAIN = '/chain-api/productscience/inference/inference';

let app: TestApp;
let token: string;
let nodeIds: string[];

function scaled(text: string, scale: number): bigint {
  const [whole, frac = ''] = text.split('.');
  return BigInt(whole + frac.padEnd(scale, '0').slice(0, scale));
}

/** numerator ÷ denominator, rounded half-even to an integer. */
function divHalfEven(numerator: bigint, denominator: bigint): bigint {
  let q = numerator / denominator;
  const rest = numerator % denominator;
  if (rest * 2n > denominator || (rest * 2n === denominator && q % 2n === 1n)) q += 1n;
  return q;
}

/** numerator ÷ denominator as cents text (numerator already × 100). */
function centsOf(numerator: bigint, denominator: bigint): string {
  const cents = divHalfEven(numerator, denominator);
  return `${cents / 100n}.${(cents % 100n).toString().padStart(2, '0')}`;
}

const gql = async (query: string, variables: Record<string, unknown> = {}) => {
  const res = await app.gql(query, variables, token);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data;
};

before(async () => {
  app = await startTestApp(ADMIN_ENV);
  app.running.upstreams.simulator!.pauseClock(true);
  const sim = app.running.upstreams.simulator!.url;
  const settled = ((await (await fetch(`${sim}/v1/epochs/latest`)).json()) as any).latest_epoch.index - 1;
  const perf = ((await (await fetch(`${sim}${CHAIN}/epoch_performance_summary/${settled}`)).json()) as any).epochPerformanceSummary;
  const paid = perf.filter((r: any) => BigInt(r.rewarded_coins) > 0n).slice(0, 2);
  const session = await registerCustomer(app, 'projection@example.com');
  token = session.accessToken;
  nodeIds = await linkNodes(
    app,
    session.user.id,
    paid.map((r: any) => r.participant_id),
  );
  await refreshOnce(app);
  // Two more settlements inside the pace window (2 and 4 days back).
  await withClient(app.db.url, async (c) => {
    for (const [i, back] of [2, 4].entries())
      await c.query(
        `INSERT INTO earnings_history (node_id, epoch, date, settled_at, earnings_gnk, claimed, source)
         VALUES ($1, $2, ((now() - make_interval(days => $3)) AT TIME ZONE 'UTC')::date, now() - make_interval(days => $3), $4, true, 'gonka_api')
         ON CONFLICT DO NOTHING`,
        [nodeIds[i], 20 + i, back, `${321 + i}.123456789`],
      );
  });
});
after(() => app.close());

test('projected income = settled so far + the current epoch’s estimate + the recent pace over the time left, each part shown', async () => {
  const data = await gql(PROJECTION);
  const p = data.dashboard.profit.projection;
  const usd = data.price.usd as string;
  const now = Date.now();
  const end = Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth() + 1, 1);
  assert.equal(p.projected, true);
  assert.equal(Date.parse(p.through), end);
  assert.equal(p.settledIncome, data.dashboard.profit.income, 'the settled part is the month’s income so far');

  // The estimate: the epoch guard's, summed over the nodes, at the current price.
  const remainingFrom = Date.parse(p.remainingFrom);
  assert.ok(remainingFrom >= now - 60_000 && remainingFrom <= end);
  if (remainingFrom < end) {
    let sum = 0n;
    for (const id of nodeIds) {
      const r = (await gql(RISK, { id })).node.epochRisk.estimatedReward;
      if (r) sum += scaled(r, 9);
    }
    assert.ok(sum > 0n, 'the simulator estimates the current epoch');
    assert.equal(scaled(p.currentEpochEstimate, 9), sum);
    assert.equal(p.currentEpochEstimateValue.currency, 'USD');
    assert.equal(p.currentEpochEstimateValue.price, usd);
    assert.equal(p.currentEpochEstimateValue.amount, centsOf(sum * scaled(usd, 18) * 100n, 10n ** 27n));
  }

  // The pace: GNK settled in the last 7 days ÷ 7 (both nodes rented all along).
  const rows = await withClient(app.db.url, (c) =>
    c.query(`SELECT earnings_gnk::text AS gnk FROM earnings_history WHERE node_id = ANY($1::uuid[]) AND settled_at >= now() - interval '7 days'`, [nodeIds]),
  );
  const recent = rows.rows.reduce((s: bigint, r: any) => s + scaled(r.gnk, 9), 0n);
  assert.ok(recent > 0n);
  assert.equal(scaled(p.paceGnkPerDay, 9), divHalfEven(recent, 7n));
  // The time left after the current epoch at that pace, at the current price, rounded once.
  const remainingMs = BigInt(end - remainingFrom);
  assert.equal(p.remainingIncome, centsOf(recent * remainingMs * scaled(usd, 18) * 100n, 7n * BigInt(DAY_MS) * 10n ** 27n));

  // The projected income is the sum of its shown parts.
  const cents = (x: string | null | undefined) => (x ? scaled(x, 2) : 0n);
  assert.equal(scaled(p.income, 2), cents(p.settledIncome) + cents(p.currentEpochEstimateValue?.amount) + cents(p.remainingIncome));
});

/** a ÷ b to 2 decimals, half-even, as text (signed). */
function ratioText(a: bigint, b: bigint): string {
  const negative = a < 0n !== b < 0n;
  const q = divHalfEven((a < 0n ? -a : a) * 100n, b < 0n ? -b : b);
  return `${negative && q !== 0n ? '-' : ''}${q / 100n}.${(q % 100n).toString().padStart(2, '0')}`;
}

test('the projection’s rent is what the whole month will cost (null while a node has none); net and margin follow from the shown figures', async () => {
  const before = (await gql(PROJECTION)).dashboard.profit.projection;
  assert.deepEqual([before.rent, before.net, before.margin], [null, null, null], 'no rent recorded: absent, not zero');

  const admin = await loginAdmin(app);
  const SET = `mutation($input: SetNodeRentInput!) { setNodeRent(input: $input) { id } }`;
  for (const input of [
    { nodeIds: [nodeIds[0]], amount: '2.10', currency: 'USD', period: 'HOUR', validFrom: '2020-01-01' },
    { nodeIds: [nodeIds[1]], amount: '1500', currency: 'USD', period: 'MONTH', validFrom: '2020-01-01' },
  ]) {
    const res = await app.gql(SET, { input }, admin.accessToken);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  }
  const p = (await gql(PROJECTION)).dashboard.profit.projection;
  // Both nodes rented all month (their first owner): 2.10 × every hour of it, and one month at 1500.
  const now = new Date();
  const days = BigInt(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 0)).getUTCDate());
  const rentCents = 210n * 24n * days + 150_000n;
  assert.equal(scaled(p.rent, 2), rentCents);
  const net = scaled(p.income, 2) - rentCents;
  assert.equal(p.net, `${net < 0n ? '-' : ''}${(net < 0n ? -net : net) / 100n}.${((net < 0n ? -net : net) % 100n).toString().padStart(2, '0')}`);
  assert.equal(p.margin, ratioText(net * 100n, scaled(p.income, 2)), 'margin = net ÷ income in percent');
});
