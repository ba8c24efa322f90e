/**
 * When an epoch's reward counts: at the chain's time of the epoch's end (the block where the next
 * epoch starts), read from the chain's clock — not "now" counted back in whole epochs, which put the
 * epoch before last inside "GNK/day" for a node added late in an epoch (issue #11, item 10). Each
 * epoch's own end block is read: epochs need not all last the same (the simulator's settled history
 * runs at mainnet's ~24 h, its live epochs at SIMULATOR_EPOCH_SECONDS), so counting back in epochs of
 * the current length misdated every epoch but the last (issue #15).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ngonkaToGnk } from '../../../src/modules/earnings/earnings-sync.service.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';
import { linkNodes, refreshOnce } from '../../helpers/seed.js';

const CHAIN = '/chain-api/productscience/inference/inference';
const EPOCH_BLOCKS = 15_391;
const BLOCK_MS = 5_000;
// 21.4-hour epochs of exactly 5-second blocks: an epoch's place in the day matters, and every block
// time is a whole millisecond, so expected timestamps are exact.
const EPOCH_SECONDS = (EPOCH_BLOCKS * BLOCK_MS) / 1000;
const DAY_MS = 86_400_000;

let app: TestApp;
let token: string;
let nodeIdOf: Map<string, string>;
let current: number;
/** The chain's time of the block that ended epoch e (the next epoch's poc_start). */
let endOf: (epoch: number) => number;
/** rewarded_coins per address, per settled epoch. */
const rewards = new Map<number, Map<string, bigint>>();
let lateNode: string;

const get = async (path: string) => (await fetch(`${app.running.upstreams.simulator!.url}${path}`)).json() as Promise<any>;
const q = (sql: string, params: unknown[] = []) => withClient(app.db.url, (c) => c.query(sql, params)).then((r) => r.rows);
const rewardOf = (epoch: number, address: string) => rewards.get(epoch)?.get(address) ?? 0n;
const utcDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

before(async () => {
  app = await startTestApp({ SIMULATOR_EPOCH_SECONDS: String(EPOCH_SECONDS) });
  const sim = app.running.upstreams.simulator!;
  sim.pauseClock(true); // mid-epoch (30% in), and it stays there
  const clock = await get('/v1/epochs/latest');
  const status = await get('/chain-rpc/status');
  current = clock.latest_epoch.index;
  const height = Number(status.result.sync_info.latest_block_height);
  const blockTime = Date.parse(status.result.sync_info.latest_block_time);
  const start = clock.latest_epoch.poc_start_block_height;
  assert.ok(height - start > 0.25 * EPOCH_BLOCKS, 'well into the epoch');
  // The chain's own time of each epoch's end block (the next epoch's poc_start), as /chain-rpc/block answers it.
  const ends = new Map<number, number>();
  for (let epoch = current - 20; epoch < current; epoch++) {
    const endHeight = start - (current - 1 - epoch) * EPOCH_BLOCKS;
    ends.set(epoch, Date.parse((await get(`/chain-rpc/block?height=${endHeight}`)).result.block.header.time));
  }
  assert.equal(ends.get(current - 1), blockTime - (height - start) * BLOCK_MS, 'the live epoch runs at 5-second blocks');
  assert.equal(ends.get(current - 1)! - ends.get(current - 2)!, 24 * 3_600_000, 'the settled history at the real ~24 h');
  endOf = (epoch) => ends.get(epoch)!;
  for (const epoch of [current - 1, current - 2, current - 3]) {
    const list: any[] = (await get(`${CHAIN}/epoch_performance_summary/${epoch}`)).epochPerformanceSummary;
    rewards.set(epoch, new Map(list.map((r) => [r.participant_id, BigInt(r.rewarded_coins)])));
  }
  // A node that earned in the epoch before last and got 0 in the last settled one.
  lateNode = sim.addresses().find((a) => rewardOf(current - 1, a) === 0n && rewardOf(current - 2, a) > 0n)!;
  assert.ok(lateNode, 'the simulator has such a node');
  const tracked = [
    lateNode,
    ...sim
      .addresses()
      .filter((a) => rewardOf(current - 1, a) > 0n)
      .slice(0, 7),
  ];
  const res = await app.gql(`mutation($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }`, {
    input: { email: 'late@example.com', password: 'correct-horse-battery' },
  });
  token = res.data.register.accessToken;
  const ids = await linkNodes(app, res.data.register.user.id, tracked);
  nodeIdOf = new Map(tracked.map((identifier, i) => [identifier, ids[i]]));
});
after(() => app.close());

const refresh = () => refreshOnce(app);

/** Every stored row carries its epoch's end as the chain tells it, and that day. */
async function assertStoredTimes() {
  const rows = await q(`SELECT epoch, settled_at, to_char(date, 'YYYY-MM-DD') AS date FROM earnings_history ORDER BY epoch`);
  assert.ok(rows.length >= nodeIdOf.size * 3);
  for (const r of rows) {
    assert.equal(r.settled_at.toISOString(), new Date(endOf(r.epoch)).toISOString(), `epoch ${r.epoch}`);
    assert.equal(r.date, utcDate(endOf(r.epoch)), `epoch ${r.epoch}`);
  }
}

test('settlement times come from the chain clock: the last settled epoch (0) is the day, the one before is not', async () => {
  await refresh();
  const stored = await q(`SELECT DISTINCT epoch FROM earnings_history ORDER BY epoch`);
  assert.deepEqual(
    stored.map((r) => r.epoch),
    [current - 3, current - 2, current - 1],
    'the newest settled epochs (the per-run budget)',
  );
  await assertStoredTimes();
  const dayAgo = Date.now() - DAY_MS;
  assert.ok(endOf(current - 1) > dayAgo && endOf(current - 2) < dayAgo, 'only the last settled epoch ended within 24 h');

  const node = await app.gql(
    `query($id: ID!) { node(id: $id) { earningsDay earnings(granularity: EPOCH) { epoch periodStart amount } } }`,
    { id: nodeIdOf.get(lateNode) },
    token,
  );
  assert.equal(node.errors, undefined, JSON.stringify(node.errors));
  assert.equal(node.data.node.earningsDay, '0.000000000', 'the last settled epoch paid 0; the one before is older than a day');
  assert.deepEqual(
    node.data.node.earnings,
    [current - 3, current - 2, current - 1].map((e) => ({
      epoch: e,
      periodStart: new Date(endOf(e)).toISOString(),
      amount: ngonkaToGnk(rewardOf(e, lateNode)),
    })),
  );

  // The dashboard's day buckets and month total follow the same times.
  const byDay = new Map<string, bigint>();
  let month = 0n;
  const monthStart = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), 1);
  for (const e of [current - 3, current - 2, current - 1]) {
    for (const address of nodeIdOf.keys()) {
      const day = `${utcDate(endOf(e))}T00:00:00.000Z`;
      byDay.set(day, (byDay.get(day) ?? 0n) + rewardOf(e, address));
      if (endOf(e) >= monthStart) month += rewardOf(e, address);
    }
  }
  const dash = await app.gql(`{ dashboard { earningsMonth earningsSeries(granularity: DAY) { periodStart amount } } }`, {}, token);
  assert.equal(dash.errors, undefined, JSON.stringify(dash.errors));
  assert.equal(dash.data.dashboard.earningsMonth, ngonkaToGnk(month));
  assert.deepEqual(
    dash.data.dashboard.earningsSeries,
    [...byDay].sort(([a], [b]) => a.localeCompare(b)).map(([periodStart, n]) => ({ periodStart, amount: ngonkaToGnk(n) })),
  );
});

test('rows stored with the old estimate are corrected by the next sync', async () => {
  // What an upgraded database holds: times counted back from the refresh, no chain time per epoch.
  await q(`UPDATE earnings_history SET settled_at = now() - (($1::int - 1 - epoch) * interval '${EPOCH_SECONDS} seconds'), date = current_date`, [current]);
  await q(`UPDATE settled_epochs SET settled_at = NULL`);
  await refresh();
  await assertStoredTimes();
  const epochs = await q(`SELECT epoch, settled_at FROM settled_epochs ORDER BY epoch`);
  assert.ok(epochs.length > 3, 'the back-fill went on');
  assert.deepEqual(
    epochs.map((r) => [r.epoch, r.settled_at?.toISOString()]),
    epochs.map((r) => [r.epoch, new Date(endOf(r.epoch)).toISOString()]),
  );
});
