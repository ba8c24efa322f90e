/**
 * Node.epochs, Node.epochRisk and the dashboard's epoch-guard fields end to end: real database,
 * real HTTP to the simulator, figures compared with what the chain's own routes answer.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { code, registerAdmin, registerCustomer } from '../../helpers/accounts.js';
import { linkNodes, refreshOnce } from '../../helpers/seed.js';
import { ngonkaToGnk } from '../../../src/modules/earnings/settlement.rules.js';
import { CacheService } from '../../../src/cache/cache.service.js';
import { VIEW_KEY } from '../../../src/network/network-view.service.js';
import { simClearFaults, simFault } from '../../helpers/sim.js';

const CHAIN = '/chain-api/productscience/inference/inference';
const EPOCHS = `query($id: ID!, $first: Int, $after: String) { node(id: $id) { epochs(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  nodes { epoch settledAt rewarded claimStatus claimDeadline inferenceCount missedRequests validatedInferences invalidatedInferences
          missedRate invalidationRate verdict verdictReason exclusionReason downtimeTest { mode threshold maxMissedAllowed passed networkRequests } } } } }`;
const RISK = `query($id: ID!) { node(id: $id) { epochRisk { epoch level reasonCode reason requests missedRequests missedRate downtimeThreshold networkMissedRate stale estimatedReward estimateSource downtimeTest { mode maxMissedAllowed passed } } } }`;

let app: TestApp;
let token: string;
let settled: number;
let summary: any[];
const ids = new Map<string, string>();

const get = async (path: string) => (await fetch(`${app.running.upstreams.simulator!.url}${path}`)).json() as Promise<any>;

before(async () => {
  app = await startTestApp();
  app.running.upstreams.simulator!.pauseClock(true);
  settled = (await get('/v1/epochs/latest')).latest_epoch.index - 1;
  summary = (await get(`${CHAIN}/epoch_performance_summary/${settled}`)).epochPerformanceSummary;
  const unclaimed = summary.filter((r) => BigInt(r.rewarded_coins) > 0n && !r.claimed).slice(0, 2);
  const zero = summary.filter((r) => BigInt(r.rewarded_coins) === 0n).slice(0, 2);
  assert.equal(unclaimed.length, 2, 'the simulator has unclaimed rewards in the claim window');
  const picked = [...unclaimed, ...zero].map((r) => r.participant_id);
  const session = await registerCustomer(app, 'epochs@example.com');
  token = session.accessToken;
  const nodeIds = await linkNodes(app, session.user.id, picked);
  for (const [i, a] of picked.entries()) ids.set(a, nodeIds[i]);
  await refreshOnce(app);
});
after(() => app.close());

const epochsOf = async (address: string, vars: Record<string, unknown> = {}) => {
  const res = await app.gql(EPOCHS, { id: ids.get(address), ...vars }, token);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data.node.epochs;
};

describe('Node.epochs', () => {
  it('gives the chain’s exact reward and counts of the last settled epoch, newest first', async () => {
    for (const address of ids.keys()) {
      const chain = summary.find((r) => r.participant_id === address);
      const page = await epochsOf(address);
      const row = page.nodes[0];
      assert.equal(row.epoch, settled);
      assert.equal(row.rewarded, ngonkaToGnk(BigInt(chain.rewarded_coins)));
      assert.deepEqual(
        [row.inferenceCount, row.missedRequests, row.validatedInferences, row.invalidatedInferences],
        [chain.inference_count, chain.missed_requests, chain.validated_inferences, chain.invalidated_inferences].map(Number),
      );
      const total = Number(chain.inference_count) + Number(chain.missed_requests);
      assert.equal(row.missedRate, total ? Number(chain.missed_requests) / total : null);
      for (let i = 1; i < page.nodes.length; i++) assert.ok(page.nodes[i - 1].epoch > page.nodes[i].epoch, 'newest first');
    }
  });

  it('an unclaimed reward of epoch = current − 1 is CLAIMABLE with a deadline in the future', async () => {
    const [address] = ids.keys();
    const row = (await epochsOf(address)).nodes[0];
    assert.equal(row.claimStatus, 'CLAIMABLE');
    assert.equal(row.verdict, 'PAID');
    assert.ok(Date.parse(row.claimDeadline) > Date.now() - 60_000, `deadline ${row.claimDeadline}`);
  });

  it('a zero epoch names its cause from the chain’s data, with the exclusion reason when there is one', async () => {
    const excluded: any[] = (await get(`${CHAIN}/excluded_participants/${settled}`)).items;
    for (const address of [...ids.keys()].slice(2)) {
      const row = (await epochsOf(address)).nodes[0];
      assert.equal(row.claimStatus, 'NOTHING_TO_CLAIM');
      assert.notEqual(row.verdict, 'PAID');
      const record = excluded.find((e) => e.address === address);
      if (record) {
        assert.ok(['ZERO_EXCLUDED', 'ZERO_INVALID'].includes(row.verdict), row.verdictReason);
        assert.equal(row.exclusionReason, record.reason);
      } else {
        assert.ok(['ZERO_DOWNTIME', 'UNKNOWN'].includes(row.verdict), row.verdictReason);
        if (row.verdict === 'ZERO_DOWNTIME') assert.equal(row.downtimeTest.passed, false);
      }
      assert.match(row.verdictReason, /^paid 0/);
    }
  });

  it('pages with an opaque cursor; a tampered cursor or a bad page size is BAD_USER_INPUT', async () => {
    const [address] = ids.keys();
    const first = await epochsOf(address, { first: 2 });
    assert.equal(first.nodes.length, 2);
    assert.ok(first.totalCount > 2);
    const next = await epochsOf(address, { first: 2, after: first.pageInfo.endCursor });
    assert.ok(next.nodes[0].epoch < first.nodes[1].epoch);
    for (const vars of [{ after: 'not-a-cursor' }, { first: 0 }, { first: 101 }]) {
      const res = await app.gql(EPOCHS, { id: ids.get(address), ...vars }, token);
      assert.equal(code(res), 'BAD_USER_INPUT', JSON.stringify(vars));
    }
  });
});

describe('Node.epochRisk', () => {
  it('uses the live counts and the network totals of the same refresh, and the chain’s estimate', async () => {
    const [address] = ids.keys();
    const res = await app.gql(RISK, { id: ids.get(address) }, token);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const risk = res.data.node.epochRisk;
    const live = (await get(`${CHAIN}/participant/${address}`)).participant.current_epoch_stats;
    assert.equal(risk.requests, Number(live.inference_count) + Number(live.missed_requests));
    assert.equal(risk.epoch, settled + 1);
    assert.ok(risk.downtimeThreshold >= 0.1, 'never below the governance p0');
    assert.equal(risk.stale, false);
    assert.ok(['OK', 'WATCH', 'AT_RISK', 'NOT_APPLICABLE'].includes(risk.level));
    assert.ok(risk.estimateSource === 'CHAIN' || risk.estimateSource === 'WEIGHT_SHARE_APPROXIMATION');
  });
});

describe('dashboard epoch-guard fields', () => {
  it('claimable sums the unclaimed rewards of the last settled epoch exactly; attention links the nodes', async () => {
    const res = await app.gql(
      `{ dashboard { atRiskNodes claimable { amount deadline count } expiredThisMonth zeroRewardEpochsThisMonth attention(first: 10) { kind nodeId epoch amount verdict reason } } }`,
      undefined,
      token,
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const d = res.data.dashboard;
    const expected = summary
      .filter((r) => [...ids.keys()].includes(r.participant_id) && BigInt(r.rewarded_coins) > 0n && !r.claimed)
      .reduce((s, r) => s + BigInt(r.rewarded_coins), 0n);
    assert.equal(d.claimable.amount, ngonkaToGnk(expected));
    assert.equal(d.claimable.count, 2);
    assert.ok(d.attention.some((a: any) => a.kind === 'CLAIMABLE' && [...ids.values()].includes(a.nodeId)));
    const bad = await app.gql(`{ dashboard { attention(first: 0) { kind } } }`, undefined, token);
    assert.equal(code(bad), 'BAD_USER_INPUT');
  });
});

describe('systemStats epoch-guard fields', () => {
  it('admins get the same figures across every tracked node; a customer gets FORBIDDEN', async () => {
    const admin = await registerAdmin(app, 'epochs-admin@example.com');
    const q = `{ systemStats { atRiskNodes claimable { amount count } expiredThisMonth zeroRewardEpochsThisMonth } }`;
    const res = await app.gql(q, undefined, admin.accessToken);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const mine = (await app.gql(`{ dashboard { claimable { amount count } zeroRewardEpochsThisMonth } }`, undefined, token)).data.dashboard;
    // This customer owns every tracked node here, so the system figures equal theirs.
    assert.deepEqual(res.data.systemStats.claimable, mine.claimable);
    assert.equal(res.data.systemStats.zeroRewardEpochsThisMonth, mine.zeroRewardEpochsThisMonth);
    assert.equal(typeof res.data.systemStats.atRiskNodes, 'number');
    assert.equal(code(await app.gql(q, undefined, token)), 'FORBIDDEN');
  });
});

describe('the network down', () => {
  it('the risk says its data is stale instead of OK, and the settled epochs still answer from the database', async () => {
    const [address] = ids.keys();
    await simFault(app, { route: '*', kind: 'http500' });
    try {
      await app.running.app.get(CacheService).delete(VIEW_KEY);
      const res = await app.gql(RISK, { id: ids.get(address) }, token);
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      assert.deepEqual([res.data.node.epochRisk.level, res.data.node.epochRisk.reasonCode, res.data.node.epochRisk.stale], ['STALE', 'DATA_STALE', true]);
      assert.equal(res.data.node.epochRisk.epoch, null, 'a stored snapshot does not say which epoch it is: null, not 0');
      const page = await epochsOf(address);
      assert.equal(page.nodes[0].epoch, settled);
    } finally {
      await simClearFaults(app);
    }
  });
});
