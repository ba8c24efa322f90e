/**
 * One scripted incident per verdict, through the simulator's host control (`POST /__sim/hosts/{address}`):
 * the live risk while the epoch runs, then the verdict, claim status and dashboard figures once it
 * settles — real database, real HTTP. Each node's outcome is printed as a test diagnostic.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { registerCustomer } from '../../helpers/accounts.js';
import { linkNodes } from '../../helpers/seed.js';
import { RefresherService } from '../../../src/jobs/refresher.service.js';
import { ngonkaToGnk } from '../../../src/modules/earnings/settlement.rules.js';

const OUTCOME = `query($id: ID!) { node(id: $id) {
  epochRisk { epoch level reasonCode reason requests missedRequests downtimeThreshold estimatedReward estimateSource }
  epochs(first: 20) { nodes { epoch rewarded claimStatus claimDeadline inferenceCount missedRequests missedRate verdict verdictReason exclusionReason } } } }`;

const INCIDENTS = {
  downtime: { missRate: 0.5 },
  excluded: { excluded: 'missed requests above threshold' },
  invalid: { invalid: true },
  unclaimed: { claim: false },
  offline: { offline: true },
} as const;
type Incident = keyof typeof INCIDENTS;

let app: TestApp;
let token: string;
let scripted: number;
const nodeOf = new Map<Incident, string>();

const sim = () => app.running.upstreams.simulator!;
const simJson = async (path: string, init?: RequestInit) => (await fetch(`${sim().url}${path}`, init)).json() as Promise<any>;

before(async () => {
  app = await startTestApp();
  sim().pauseClock(true);
  scripted = (await simJson('/v1/epochs/latest')).latest_epoch.index;
  const members: string[] = (await simJson('/v1/epochs/current/participants')).active_participants.participants.map((p: any) => p.index);
  const excluded = new Set(
    ((await simJson(`/chain-api/productscience/inference/inference/excluded_participants/${scripted}`)).items as any[]).map((e) => e.address),
  );
  const picked = members.filter((a) => !excluded.has(a)).slice(0, Object.keys(INCIDENTS).length);
  for (const [i, [name, script]] of Object.entries(INCIDENTS).entries()) {
    const res = await fetch(`${sim().url}/__sim/hosts/${picked[i]}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(script),
    });
    assert.equal(res.status, 200, `${name}: ${await res.text()}`);
  }
  const session = await registerCustomer(app, 'incidents@example.com');
  token = session.accessToken;
  const ids = await linkNodes(app, session.user.id, picked);
  for (const [i, name] of (Object.keys(INCIDENTS) as Incident[]).entries()) nodeOf.set(name, ids[i]);
  await refreshOnce(app);
});
after(() => app.close());

/** One refresh a TTL apart: the simulator's rate window and stats reset, its host scripts kept. */
async function refreshOnce(app: TestApp): Promise<void> {
  const res = await fetch(`${sim().url}/__sim/reset`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ hosts: false }),
  });
  assert.equal(res.status, 200);
  const report = await app.running.app.get(RefresherService).refreshNow();
  assert.equal(report.ok, true, report.error ?? 'refresh failed');
}

/** Exact sum (GNK text, 9 decimals) of the rewards in `status` over every scripted node's epochs. */
async function sumOf(status: string): Promise<string> {
  let ngonka = 0n;
  for (const name of nodeOf.keys()) {
    for (const row of (await outcome(name)).epochs.nodes) if (row.claimStatus === status) ngonka += BigInt(row.rewarded.replace('.', ''));
  }
  return ngonkaToGnk(ngonka);
}

async function outcome(name: Incident) {
  const res = await app.gql(OUTCOME, { id: nodeOf.get(name) }, token);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data.node;
}

test('while the epoch runs: downtime, exclusion and INVALID are AT_RISK with their reasons', async (t) => {
  const expected: [Incident, string][] = [
    ['downtime', 'DOWNTIME_FAILING'],
    ['excluded', 'EXCLUDED'],
    ['invalid', 'INVALID'],
  ];
  for (const [name, reasonCode] of expected) {
    const { epochRisk } = await outcome(name);
    t.diagnostic(`${name}: ${JSON.stringify(epochRisk)}`);
    assert.equal(epochRisk.epoch, scripted);
    assert.deepEqual([epochRisk.level, epochRisk.reasonCode], ['AT_RISK', reasonCode], epochRisk.reason);
  }
  const ok = (await outcome('unclaimed')).epochRisk;
  assert.ok(['OK', 'WATCH'].includes(ok.level), ok.reason);
  assert.equal(ok.estimateSource, 'CHAIN');
  assert.ok(Number(ok.estimatedReward) > 0, 'the chain estimates a reward for a healthy host');
  const { atRiskNodes } = (await app.gql(`{ dashboard { atRiskNodes } }`, undefined, token)).data.dashboard;
  assert.equal(atRiskNodes, 3);
});

test('once it settles: one verdict per incident, with the chain’s numbers', async (t) => {
  sim().advanceEpoch();
  await refreshOnce(app);
  const verdicts: [Incident, string][] = [
    ['downtime', 'ZERO_DOWNTIME'],
    ['excluded', 'ZERO_EXCLUDED'],
    ['invalid', 'ZERO_INVALID'],
    ['unclaimed', 'PAID'],
  ];
  for (const [name, verdict] of verdicts) {
    const row = (await outcome(name)).epochs.nodes[0];
    t.diagnostic(`${name}: ${JSON.stringify(row)}`);
    assert.equal(row.epoch, scripted);
    assert.equal(row.verdict, verdict, row.verdictReason);
  }
  const down = (await outcome('downtime')).epochs.nodes[0];
  assert.match(
    down.verdictReason,
    new RegExp(`^paid 0: ${down.missedRequests} of ${down.inferenceCount + down.missedRequests} requests missed \\(50\\.0%\\), above the downtime threshold`),
  );
  assert.equal((await outcome('excluded')).epochs.nodes[0].exclusionReason, 'missed requests above threshold');
  const unclaimed = (await outcome('unclaimed')).epochs.nodes[0];
  assert.equal(unclaimed.claimStatus, 'CLAIMABLE');
  assert.ok(unclaimed.claimDeadline, 'a claimable reward has a deadline');
  const d = (await app.gql(`{ dashboard { claimable { amount count } } }`, undefined, token)).data.dashboard;
  assert.equal(d.claimable.amount, await sumOf('CLAIMABLE'), 'the claimable total is the sum of the CLAIMABLE rows');
  assert.ok(BigInt(d.claimable.amount.replace('.', '')) >= BigInt(unclaimed.rewarded.replace('.', '')));
});

test('a reward not claimed by the next settlement is EXPIRED for good; a host offline at PoC did not participate', async (t) => {
  sim().advanceEpoch();
  await refreshOnce(app);
  await refreshOnce(app);
  const unclaimed = (await outcome('unclaimed')).epochs.nodes.find((r: any) => r.epoch === scripted);
  t.diagnostic(`unclaimed after the next settlement: ${JSON.stringify(unclaimed)}`);
  assert.equal(unclaimed.claimStatus, 'EXPIRED');
  const offline = (await outcome('offline')).epochs.nodes[0];
  t.diagnostic(`offline: ${JSON.stringify(offline)}`);
  assert.equal(offline.epoch, scripted + 1);
  assert.equal(offline.verdict, 'ZERO_NOT_PARTICIPATING', offline.verdictReason);
  const d = (await app.gql(`{ dashboard { expiredThisMonth zeroRewardEpochsThisMonth attention(first: 20) { kind nodeId epoch } } }`, undefined, token)).data
    .dashboard;
  assert.equal(d.expiredThisMonth, await sumOf('EXPIRED'), 'the expired total is the sum of the EXPIRED rows');
  assert.ok(BigInt(d.expiredThisMonth.replace('.', '')) >= BigInt(unclaimed.rewarded.replace('.', '')));
  assert.ok(d.zeroRewardEpochsThisMonth >= 4, `zero epochs: ${d.zeroRewardEpochsThisMonth}`);
  assert.ok(d.attention.some((a: any) => a.kind === 'EXPIRED' && a.nodeId === nodeOf.get('unclaimed')));
});
