/**
 * The last settled epoch's `claimed` flag is read again on every refresh while a tracked reward of
 * it is unclaimed, so a claim shows on the very next refresh (issue #11, item 16).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { EARNINGS_BACKFILL_EPOCHS } from '../../../src/modules/earnings/earnings-sync.service.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';
import { linkNodes, refreshOnce } from '../../helpers/seed.js';
import { simStats } from '../../helpers/sim.js';

const CHAIN = '/chain-api/productscience/inference/inference';

let app: TestApp;
let token: string;
let settled: number;
const nodeIdOf = new Map<string, string>();

const simUrl = () => app.running.upstreams.simulator!.url;
const get = async (path: string) => (await fetch(`${simUrl()}${path}`)).json() as Promise<any>;
const post = (path: string, body: unknown) =>
  fetch(`${simUrl()}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(
    (r) => r.json() as Promise<any>,
  );

/** The chain's claimed flag of the last settled epoch, per address. */
async function chainClaims(): Promise<Map<string, { reward: bigint; claimed: boolean }>> {
  const list: any[] = (await get(`${CHAIN}/epoch_performance_summary/${settled}`)).epochPerformanceSummary;
  return new Map(list.map((r) => [r.participant_id, { reward: BigInt(r.rewarded_coins), claimed: r.claimed }]));
}

before(async () => {
  app = await startTestApp();
  app.running.upstreams.simulator!.pauseClock(true);
  settled = (await get('/v1/epochs/latest')).latest_epoch.index - 1;
  // Hosts whose reward of the last settled epoch is not claimed yet (their node API claims later).
  const unclaimed = [...(await chainClaims())].filter(([, c]) => c.reward > 0n && !c.claimed).map(([a]) => a);
  assert.ok(unclaimed.length >= 6, 'the simulator has hosts that claim later in the epoch');
  const res = await app.gql(`mutation($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }`, {
    input: { email: 'claims@example.com', password: 'correct-horse-battery' },
  });
  token = res.data.register.accessToken;
  const linked = unclaimed.slice(0, 6);
  const ids = await linkNodes(app, res.data.register.user.id, linked);
  for (const [i, identifier] of linked.entries()) nodeIdOf.set(identifier, ids[i]);
});
after(() => app.close());

const refresh = () => refreshOnce(app);

async function portalClaimed(address: string): Promise<boolean> {
  const res = await app.gql(
    `query($id: ID!) { node(id: $id) { earnings(granularity: EPOCH) { epoch amount claimed } } }`,
    { id: nodeIdOf.get(address) },
    token,
  );
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  const point = res.data.node.earnings.find((p: any) => p.epoch === settled);
  assert.ok(point, `epoch ${settled} is in the series`);
  return point.claimed;
}

test('a claim made after settlement shows on the very next refresh', async () => {
  // The back-fill first (the clock stands still), so the refresh under test reads only what it must.
  const epochsStored = async () => (await withClient(app.db.url, (c) => c.query(`SELECT count(DISTINCT epoch)::int AS n FROM earnings_history`))).rows[0].n;
  for (let i = 0; i < EARNINGS_BACKFILL_EPOCHS && (await epochsStored()) < EARNINGS_BACKFILL_EPOCHS; i++) await refresh();
  assert.equal(await epochsStored(), EARNINGS_BACKFILL_EPOCHS);
  for (const address of nodeIdOf.keys()) assert.equal(await portalClaimed(address), false, address);

  // Move the chain on (still in the claim window) until some of the tracked rewards are claimed.
  let claims = await chainClaims();
  for (let i = 0; i < 20 && ![...nodeIdOf.keys()].some((a) => claims.get(a)!.claimed); i++) {
    const step = await post('/__sim/advance-clock', { ms: 6_000 });
    assert.equal(step.epoch, settled + 1, 'still in the claim window');
    claims = await chainClaims();
  }
  const claimedNow = [...nodeIdOf.keys()].filter((a) => claims.get(a)!.claimed);
  assert.ok(claimedNow.length > 0 && claimedNow.length < nodeIdOf.size, `some claimed, some not: ${claimedNow.length}`);

  await refresh();
  for (const address of nodeIdOf.keys()) assert.equal(await portalClaimed(address), claims.get(address)!.claimed, address);
  const summaryCalls = Object.entries(await simStats(app)).filter(([route]) => route.includes('epoch_performance_summary'));
  assert.deepEqual(
    summaryCalls.map(([, n]) => n),
    [1],
    'one bulk read of the last settled epoch per refresh',
  );
});
