/**
 * Expected earnings on a new-node request (issue #16): the add-node form's live figure is the network
 * median settled reward per GPU of the model × quantity, recomputed here from the simulator's own
 * routes; a request keeps what was shown; a node linked to it compares realised against it.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Decimal } from '../../../src/common/money.js';
import { EXPECTATION_EPOCHS } from '../../../src/modules/expected-earnings/expected-earnings.service.js';
import { code } from '../../helpers/accounts.js';
import { centsHalfEven, scaled } from '../../helpers/exact-money.js';
import { refreshOnce } from '../../helpers/seed.js';
import { simReset, simStats } from '../../helpers/sim.js';
import { createRequest, startSupportWorld, UPDATE, type SupportWorld } from '../../helpers/support-requests.js';
import { withClient } from '../../helpers/test-db.js';

const CHAIN = '/chain-api/productscience/inference/inference';
const EXPECTED = `query($gpu: String!, $q: Int!) { expectedEarnings(gpuModel: $gpu, quantity: $q) {
  unavailableReason expected { quantity perEpoch perDay computedAt basis { gpuModel medianPerGpu epochs fromEpoch toEpoch networkNodes samples epochSeconds } } } }`;
const REQUEST_EXPECTED = `query($id: ID!) { supportRequest(id: $id) { expectedEarnings { quantity perEpoch perDay computedAt basis { gpuModel medianPerGpu networkNodes } } } }`;
const NODE_EXPECTED = `query($id: ID!) { node(id: $id) { expectedVsRealised { requestId expectedAt nodesOfRequest expectedPerEpoch expectedPerDay
  basis { gpuModel } realisedMedianPerEpoch realisedMeanPerEpoch epochsCounted ratioPercent } } }`;

let w: SupportWorld;
let linkedNode: string; // test 3's node, linked to its request (the fiat companions' test reads it)
let current: number;
const sim = () => w.app.running.upstreams.simulator!.url;
const get = async (path: string) => (await fetch(`${sim()}${path}`)).json() as Promise<any>;

/** The expected median per GPU, from the simulator's raw routes: H100-only hosts, every host-epoch of the window. */
async function medianPerGpuFromChain(model: RegExp, epochs: number[]): Promise<{ median: Decimal; hosts: number; samples: number }> {
  const hardware: any[] = (await get(`${CHAIN}/hardware_nodes_all`)).nodes;
  const gpusOf = new Map<string, number>();
  for (const p of hardware) {
    const parts = p.hardware_nodes.flatMap((n: any) => n.hardware);
    if (parts.length && parts.every((h: any) => model.test(h.type)))
      gpusOf.set(
        p.participant,
        parts.reduce((s: number, h: any) => s + h.count, 0),
      );
  }
  const samples: Decimal[] = [];
  const hosts = new Set<string>();
  for (const e of epochs) {
    for (const r of (await get(`${CHAIN}/epoch_performance_summary/${e}`)).epochPerformanceSummary) {
      const gpus = gpusOf.get(r.participant_id);
      if (!gpus) continue;
      hosts.add(r.participant_id);
      samples.push(new Decimal(r.rewarded_coins).div(1e9).div(gpus).toDecimalPlaces(9, Decimal.ROUND_HALF_EVEN));
    }
  }
  samples.sort((a, b) => a.comparedTo(b));
  const mid = Math.floor(samples.length / 2);
  const median = samples.length % 2 ? samples[mid] : samples[mid - 1].plus(samples[mid]).div(2);
  return { median, hosts: hosts.size, samples: samples.length };
}

before(async () => {
  w = await startSupportWorld();
  w.app.running.upstreams.simulator!.pauseClock(true);
  current = (await get('/v1/epochs/latest')).latest_epoch.index;
});
after(() => w.app.close());

test('the form’s figure is the network median per H100 × quantity over the last settled epochs, and a second ask reads no summary again', async () => {
  await simReset(w.app);
  const res = await w.app.gql(EXPECTED, { gpu: 'H100 80GB', q: 8 }, w.alice.accessToken);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  const { expected, unavailableReason } = res.data.expectedEarnings;
  assert.equal(unavailableReason, null);
  assert.equal(expected.basis.gpuModel, 'H100');
  assert.equal(expected.basis.toEpoch, current - 1);
  assert.equal(expected.basis.fromEpoch, current - EXPECTATION_EPOCHS);
  assert.equal(expected.basis.epochs, EXPECTATION_EPOCHS);
  const summaries = (await simStats(w.app))[`${CHAIN}/epoch_performance_summary/{epoch}`];
  assert.equal(summaries, EXPECTATION_EPOCHS, 'one bulk summary per epoch');

  // Computed independently from the raw routes (after a reset: the public rate window).
  await simReset(w.app);
  const epochs = Array.from({ length: EXPECTATION_EPOCHS }, (_, i) => current - 1 - i);
  const chain = await medianPerGpuFromChain(/H100/, epochs);
  assert.equal(expected.basis.medianPerGpu, chain.median.toDecimalPlaces(9, Decimal.ROUND_HALF_EVEN).toFixed(9));
  assert.equal(expected.perEpoch, chain.median.mul(8).toDecimalPlaces(9, Decimal.ROUND_HALF_EVEN).toFixed(9));
  assert.equal(expected.basis.networkNodes, chain.hosts);
  assert.equal(expected.basis.samples, chain.samples);
  assert.ok(chain.hosts >= 3, `the simulator has H100 hosts (${chain.hosts})`);
  assert.ok(new Decimal(expected.perDay).gt(0));
  assert.ok(expected.basis.epochSeconds > 0);

  await simReset(w.app);
  const again = await w.app.gql(EXPECTED, { gpu: 'h100', q: 8 }, w.bob.accessToken);
  assert.equal(again.data.expectedEarnings.expected.perEpoch, expected.perEpoch);
  const stats = await simStats(w.app);
  assert.equal(stats[`${CHAIN}/epoch_performance_summary/{epoch}`] ?? 0, 0, 'cached per settled epoch');
  assert.equal(stats[`${CHAIN}/hardware_nodes_all`] ?? 0, 0);
});

test('no such GPU in the network, no model in the text: null with a reason; bad arguments name the field', async () => {
  const none = await w.app.gql(EXPECTED, { gpu: 'RTX 5090', q: 1 }, w.alice.accessToken);
  assert.deepEqual(none.data.expectedEarnings, { expected: null, unavailableReason: 'NO_NETWORK_DATA' });
  const words = await w.app.gql(EXPECTED, { gpu: '80GB please', q: 1 }, w.alice.accessToken);
  assert.deepEqual(words.data.expectedEarnings, { expected: null, unavailableReason: 'UNKNOWN_GPU_MODEL' });
  const zero = await w.app.gql(EXPECTED, { gpu: 'H100', q: 0 }, w.alice.accessToken);
  assert.equal(code(zero), 'BAD_USER_INPUT');
  assert.equal(zero.errors![0].extensions!.field, 'quantity');
  const long = await w.app.gql(EXPECTED, { gpu: 'H'.repeat(65), q: 1 }, w.alice.accessToken);
  assert.equal(code(long), 'BAD_USER_INPUT');
  assert.equal(code(await w.app.gql(EXPECTED, { gpu: 'H100', q: 1 })), 'UNAUTHENTICATED');
});

test('a new-node request keeps the figure shown; the node it produced compares its realised rewards against its share', async () => {
  const shown = (await w.app.gql(EXPECTED, { gpu: 'H100 80GB', q: 8 }, w.alice.accessToken)).data.expectedEarnings.expected;
  const request = await createRequest(w.app, w.alice, { gpuType: 'H100 80GB', quantity: 8 });
  const kept = (await w.app.gql(REQUEST_EXPECTED, { id: request.id }, w.alice.accessToken)).data.supportRequest.expectedEarnings;
  assert.deepEqual(
    { ...kept, computedAt: undefined },
    {
      quantity: 8,
      perEpoch: shown.perEpoch,
      perDay: shown.perDay,
      computedAt: undefined,
      basis: { gpuModel: 'H100', medianPerGpu: shown.basis.medianPerGpu, networkNodes: shown.basis.networkNodes },
    },
  );
  const support = await createRequest(w.app, w.alice, { type: 'SUPPORT', gpuType: null, quantity: 1 });
  assert.equal((await w.app.gql(REQUEST_EXPECTED, { id: support.id }, w.alice.accessToken)).data.supportRequest.expectedEarnings, null);

  // An H100 host becomes Alice's node, produced by the request; another node of hers came from no request.
  const hardware: any[] = (await get(`${CHAIN}/hardware_nodes_all`)).nodes;
  const h100 = hardware.filter((p) => p.hardware_nodes.every((n: any) => n.hardware.every((h: any) => /H100/.test(h.type)))).map((p) => p.participant);
  const assigned = await w.app.gql(
    `mutation($input: AssignNodesInput!) { assignNodes(input: $input) { lines { identifier node { id } } } }`,
    { input: { userId: w.alice.user.id, lines: h100.slice(0, 2).map((identifier) => ({ identifier })) } },
    w.admin.accessToken,
  );
  assert.equal(assigned.errors, undefined, JSON.stringify(assigned.errors));
  const [linked, unlinked] = assigned.data.assignNodes.lines.map((l: any) => l.node.id);
  linkedNode = linked;
  await w.app.gql(UPDATE, { id: request.id, input: { status: 'IN_PROGRESS' } }, w.admin.accessToken);
  assert.equal((await w.app.gql(UPDATE, { id: request.id, input: { status: 'COMPLETED', nodeIds: [linked] } }, w.admin.accessToken)).errors, undefined);

  // Before a settled epoch since the request: the expectation alone.
  const early = (await w.app.gql(NODE_EXPECTED, { id: linked }, w.alice.accessToken)).data.node.expectedVsRealised;
  assert.equal(early.epochsCounted, 0);
  assert.equal(early.realisedMeanPerEpoch, null);
  assert.equal(early.ratioPercent, null);
  assert.equal(early.expectedPerEpoch, shown.perEpoch);
  assert.equal(early.nodesOfRequest, 1);

  // The request was made a month ago: the settled epochs synced since count.
  await withClient(w.app.db.url, (c) =>
    c.query(`UPDATE support_requests SET expected_at = now() - interval '30 days', created_at = now() - interval '30 days' WHERE id = $1`, [request.id]),
  );
  await refreshOnce(w.app);
  const rows = await withClient(
    w.app.db.url,
    async (c) => (await c.query(`SELECT earnings_gnk::text AS amount FROM earnings_history WHERE node_id = $1 ORDER BY epoch`, [linked])).rows,
  );
  assert.ok(rows.length > 0, 'the refresh stored settled epochs of the node');
  const amounts = rows.map((r: any) => new Decimal(r.amount));
  const mean = amounts.reduce((s, a) => s.plus(a), new Decimal(0)).div(amounts.length);
  const vs = (await w.app.gql(NODE_EXPECTED, { id: linked }, w.alice.accessToken)).data.node.expectedVsRealised;
  assert.equal(vs.requestId, request.id);
  assert.equal(vs.basis.gpuModel, 'H100');
  assert.equal(vs.epochsCounted, rows.length);
  assert.equal(vs.realisedMeanPerEpoch, mean.toDecimalPlaces(9, Decimal.ROUND_HALF_EVEN).toFixed(9));
  assert.equal(vs.ratioPercent, mean.div(shown.perEpoch).mul(100).toDecimalPlaces(1, Decimal.ROUND_HALF_EVEN).toFixed(1));

  // A node from no request has no comparison; the admin sees the same comparison as the customer.
  assert.equal((await w.app.gql(NODE_EXPECTED, { id: unlinked }, w.alice.accessToken)).data.node.expectedVsRealised, null);
  const admins = (await w.app.gql(NODE_EXPECTED, { id: linked }, w.admin.accessToken)).data.node.expectedVsRealised;
  assert.deepEqual(admins, vs);
});

const VALUE = 'amount currency price stale';
const EXPECTED_VALUES = `query($gpu: String!, $q: Int!) { price { usd eur } expectedEarnings(gpuModel: $gpu, quantity: $q) { expected { perEpoch perDay perEpochValue { ${VALUE} } perDayValue { ${VALUE} } } } }`;
const VS_FIELDS = ['expectedPerEpoch', 'expectedPerDay', 'realisedMedianPerEpoch', 'realisedMeanPerEpoch'];
const NODE_VALUES = `query($id: ID!) { price { usd eur } node(id: $id) { expectedVsRealised { ${VS_FIELDS.map((f) => `${f} ${f}Value { ${VALUE} }`).join(' ')} } } }`;
const setCurrency = (c: string) =>
  w.app.gql(`mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`, { input: { currencyPreference: c } }, w.alice.accessToken);

/** GNK (≤ 9 decimals) × the current price (≤ 18 decimals), to the cent, half-even — the test's own BigInt arithmetic. */
const atPrice = (gnk: string, price: string) => centsHalfEven(scaled(gnk, 9) * scaled(price, 18), 27);

test('expected earnings and the node page’s comparison carry fiat companions at the current price; a GNK preference gets GNK', async () => {
  const form = (await w.app.gql(EXPECTED_VALUES, { gpu: 'H100', q: 8 }, w.alice.accessToken)).data;
  const e = form.expectedEarnings.expected;
  assert.deepEqual(e.perEpochValue, { amount: atPrice(e.perEpoch, form.price.usd), currency: 'USD', price: form.price.usd, stale: false });
  assert.equal(e.perDayValue.amount, atPrice(e.perDay, form.price.usd));
  const res = (await w.app.gql(NODE_VALUES, { id: linkedNode }, w.alice.accessToken)).data;
  const vs = res.node.expectedVsRealised;
  for (const f of VS_FIELDS) assert.deepEqual([vs[`${f}Value`].amount, vs[`${f}Value`].currency], [atPrice(vs[f], res.price.usd), 'USD'], f);
  await setCurrency('EUR');
  const eur = (await w.app.gql(EXPECTED_VALUES, { gpu: 'H100', q: 8 }, w.alice.accessToken)).data;
  assert.equal(eur.expectedEarnings.expected.perEpochValue.amount, atPrice(eur.expectedEarnings.expected.perEpoch, eur.price.eur));
  await setCurrency('GNK');
  const gnk = (await w.app.gql(EXPECTED_VALUES, { gpu: 'H100', q: 8 }, w.alice.accessToken)).data.expectedEarnings.expected;
  assert.deepEqual([gnk.perEpochValue.currency, gnk.perEpochValue.price, scaled(gnk.perEpochValue.amount, 9)], ['GNK', '1', scaled(gnk.perEpoch, 9)]);
  await setCurrency('USD');
});
