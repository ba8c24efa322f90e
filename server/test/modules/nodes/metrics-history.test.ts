/**
 * Node.metricsHistory end to end (issue #15, defect 12): real database, real HTTP to the simulator.
 * Settled epochs carry the chain's own counts (epoch_performance_summary), the running epoch the
 * live counts and the throughput the refresher saw, uptime comes from the status timeline within
 * each epoch's bounds — and whatever no source said is null, never 0.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { code, registerCustomer } from '../../helpers/accounts.js';
import { linkNodes, refreshOnce } from '../../helpers/seed.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { withClient } from '../../helpers/test-db.js';

const CHAIN = '/chain-api/productscience/inference/inference';
const HISTORY = `query($id: ID!, $epochs: Int) { node(id: $id) { status tokensPerSec
  metricsHistory(epochs: $epochs) { epoch startedAt endedAt inProgress tokensPerSec inferenceCount missedRequests totalRequests missRate uptimePercent }
  epochs(first: 3) { nodes { epoch settledAt } } } }`;

let app: TestApp;
let token: string;
let current: number;
/** address → node id; the first host declares no throughput (absent is not zero). */
const ids = new Map<string, string>();

const sim = () => app.running.upstreams.simulator!;
/** A read of the simulator's routes; its rate window is reset first (the test reads more than a client may per minute). */
async function get(path: string): Promise<any> {
  await fetch(`${sim().url}/__sim/reset`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ hosts: false }) });
  const res = await fetch(`${sim().url}${path}`);
  return res.status === 404 ? {} : res.json();
}

async function historyOf(address: string, epochs = 10) {
  const res = await app.gql(HISTORY, { id: ids.get(address), epochs }, token);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data.node;
}

before(async () => {
  app = await startTestApp();
  sim().pauseClock(true);
  current = (await get('/v1/epochs/latest')).latest_epoch.index;
  const members: any[] = (await get('/v1/epochs/current/participants')).active_participants.participants;
  const declares = (p: any) => p.ml_nodes.some((group: any) => group.ml_nodes.some((m: any) => m.throughput != null));
  const silent = members.find((p) => !declares(p));
  assert.ok(silent, 'the simulator has a host that declares no throughput');
  const picked = [
    silent.index,
    ...members
      .filter(declares)
      .slice(0, 3)
      .map((p) => p.index),
  ];
  const session = await registerCustomer(app, 'history@example.com');
  token = session.accessToken;
  const nodeIds = await linkNodes(app, session.user.id, picked);
  for (const [i, a] of picked.entries()) ids.set(a, nodeIds[i]);
  await refreshOnce(app);
});
after(() => app.close());

describe('Node.metricsHistory', () => {
  it('settled epochs give the chain’s counts; throughput and uptime before tracking are null', async () => {
    for (const address of ids.keys()) {
      const node = await historyOf(address);
      const points = node.metricsHistory;
      assert.ok(points.length >= 2, `settled epochs and the running one: ${JSON.stringify(points)}`);
      for (let i = 1; i < points.length; i++) assert.equal(points[i].epoch, points[i - 1].epoch + 1, 'consecutive, oldest first');
      for (const p of points.filter((x: any) => !x.inProgress)) {
        const chain = (await get(`${CHAIN}/epoch_performance_summary/${p.epoch}/${address}`)).epochPerformanceSummary;
        if (!chain) {
          assert.deepEqual([p.inferenceCount, p.missedRequests, p.missRate], [null, null, null], `no summary of epoch ${p.epoch}: nothing said`);
          continue;
        }
        const [inferences, missed] = [Number(chain.inference_count), Number(chain.missed_requests)];
        assert.deepEqual([p.inferenceCount, p.missedRequests, p.totalRequests], [inferences, missed, inferences + missed], `epoch ${p.epoch}`);
        assert.equal(p.missRate, inferences + missed ? missed / (inferences + missed) : null);
        assert.equal(p.tokensPerSec, null, 'no refresh saw this epoch');
        assert.equal(p.uptimePercent, null, 'not observed before tracking');
        assert.ok(p.endedAt, 'a settled epoch has its end');
      }
      // Epoch bounds are the chain's settlement times, as Node.epochs gives them.
      const settled = node.epochs.nodes;
      const byEpoch = new Map(points.map((p: any) => [p.epoch, p]));
      for (const e of settled) {
        if (byEpoch.has(e.epoch)) assert.equal((byEpoch.get(e.epoch) as any).endedAt, e.settledAt);
        if (byEpoch.has(e.epoch + 1)) assert.equal((byEpoch.get(e.epoch + 1) as any).startedAt, e.settledAt);
      }
    }
  });

  it('the running epoch has the live counts, the throughput seen and the uptime since tracking', async () => {
    for (const [i, address] of [...ids.keys()].entries()) {
      const node = await historyOf(address);
      const last = node.metricsHistory.at(-1);
      const live = (await get(`${CHAIN}/participant/${address}`)).participant.current_epoch_stats;
      assert.equal(last.epoch, current);
      assert.equal(last.inProgress, true);
      assert.equal(last.endedAt, null);
      assert.deepEqual([last.inferenceCount, last.missedRequests], [Number(live.inference_count), Number(live.missed_requests)]);
      assert.equal(last.tokensPerSec, node.tokensPerSec);
      if (i === 0) assert.equal(last.tokensPerSec, null, 'a host that declares no throughput: null, not 0');
      else assert.ok(last.tokensPerSec > 0);
      assert.equal(last.uptimePercent, node.status === 'HEALTHY' ? 100 : 0, `observed since the refresh as ${node.status}`);
    }
  });

  it('uptime per epoch is the HEALTHY share of the epoch’s observed time', async () => {
    const address = [...ids.keys()][1];
    const settled = (await historyOf(address)).metricsHistory.filter((p: any) => !p.inProgress && p.startedAt && p.endedAt).at(-1);
    const [start, end] = [Date.parse(settled.startedAt), Date.parse(settled.endedAt)];
    const at = (share: number) => new Date(start + (end - start) * share);
    // Observed from a quarter in: healthy for half the epoch, then offline (until the refresh's own event).
    await withClient(app.db.url, async (c) => {
      await c.query(
        `INSERT INTO node_status_events (node_id, at, old_status, new_status, reason) VALUES ($1, $2, NULL, 'healthy', 'x'), ($1, $3, 'healthy', 'offline', 'y')`,
        [ids.get(address), at(0.25), at(0.75)],
      );
    });
    const point = (await historyOf(address)).metricsHistory.find((p: any) => p.epoch === settled.epoch);
    assert.equal(point.uptimePercent, 66.67);
  });

  it('after the epoch settles, its throughput sample stays and the counts become the chain’s', async () => {
    const address = [...ids.keys()][2];
    const before = (await historyOf(address)).metricsHistory.at(-1);
    const res = await fetch(`${sim().url}/__sim/advance-epoch`, { method: 'POST' });
    assert.equal(res.status, 200);
    await refreshOnce(app);
    const points = (await historyOf(address)).metricsHistory;
    const settled = points.find((p: any) => p.epoch === before.epoch);
    assert.equal(settled.inProgress, false);
    assert.equal(settled.tokensPerSec, before.tokensPerSec);
    const chain = (await get(`${CHAIN}/epoch_performance_summary/${before.epoch}/${address}`)).epochPerformanceSummary;
    assert.deepEqual([settled.inferenceCount, settled.missedRequests], [Number(chain.inference_count), Number(chain.missed_requests)]);
    assert.equal(points.at(-1).epoch, before.epoch + 1);
    assert.equal(points.at(-1).inProgress, true);
    assert.equal(points.at(-1).startedAt, settled.endedAt);
  });

  it('epochs outside 1..200 is BAD_USER_INPUT naming the argument; epochs limits the points', async () => {
    const address = [...ids.keys()][1];
    for (const epochs of [0, -1, 201]) {
      const res = await app.gql(HISTORY, { id: ids.get(address), epochs }, token);
      assert.equal(code(res), 'BAD_USER_INPUT', String(epochs));
      assert.equal(res.errors?.[0].extensions?.field, 'epochs');
    }
    const one = (await historyOf(address, 1)).metricsHistory;
    assert.equal(one.length, 1);
    assert.equal(one[0].inProgress, true);
  });
});
