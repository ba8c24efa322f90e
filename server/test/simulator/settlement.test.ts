/** Epoch settlement: the real reward formula in integer ngonka, zero for failing hosts, immutability. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSimulator, type RunningSimulator } from '../../src/simulator/index.js';
import { CHAIN, manualClock, okJson } from './helpers.js';
import { expectedSettlement, type SummaryRow } from './settlement-oracle.js';

const EPOCH_MS = 60_000;

/** 323,000 GNK × exp(−0.000475 × (epoch − 1)) in ngonka, computed independently of the simulator. */
function formulaReward(epoch: number): bigint {
  return BigInt(Math.floor(323_000e9 * Math.exp(-0.000475 * (epoch - 1))));
}

describe('simulator epoch settlement', () => {
  const clock = manualClock();
  let sim: RunningSimulator;
  const summary = async (epoch: number): Promise<SummaryRow[]> =>
    (await okJson(sim.url, `${CHAIN}/epoch_performance_summary/${epoch}`)).epochPerformanceSummary;

  before(async () => {
    sim = await startSimulator({ participants: 300, epochDurationMs: EPOCH_MS, now: clock.now });
  });
  after(() => sim.close());

  it('during an epoch: rewarded_coins stays "0", counts grow, no summary yet', async () => {
    const list = async () => (await okJson(sim.url, `${CHAIN}/participant?pagination.limit=1000`)).participant;
    const before = await list();
    assert.ok(before.every((p: any) => p.current_epoch_stats.rewarded_coins === '0'));
    clock.advance(EPOCH_MS * 0.3);
    const later = await list();
    const total = (ps: any[]) => ps.reduce((sum, p) => sum + Number(p.current_epoch_stats.inference_count), 0);
    assert.ok(total(later) > total(before), 'inference counts grow during the epoch');
    later.forEach((p: any, i: number) => {
      assert.ok(Number(p.current_epoch_stats.inference_count) >= Number(before[i].current_epoch_stats.inference_count));
      assert.equal(p.current_epoch_stats.rewarded_coins, '0');
    });
    assert.deepEqual(await summary(158), []);
    const missing = await fetch(`${sim.url}${CHAIN}/epoch_performance_summary/158/${sim.addresses()[0]}`);
    assert.equal(missing.status, 404);
  });

  it('advanceEpoch settles the epoch: formula reward over the full weight, 0 for excluded and downtime-failing hosts', async () => {
    sim.advanceEpoch();
    const latest = await okJson(sim.url, '/v1/epochs/latest');
    assert.equal(latest.latest_epoch.index, 159);
    const rows = await summary(158);
    const members = (await okJson(sim.url, '/v1/epochs/158/participants')).active_participants.participants;
    assert.equal(rows.length, members.length);
    const pool = formulaReward(158);
    const sum = rows.reduce((s, r) => s + BigInt(r.rewarded_coins), 0n);
    assert.ok(sum <= pool, `sum ${sum} exceeds epoch reward ${pool}`);

    const expected = await expectedSettlement(sim.url, 158, rows);
    const excluded = new Set((await okJson(sim.url, `${CHAIN}/excluded_participants/158`)).items.map((i: any) => i.address));
    assert.ok(excluded.size > 0, 'some host was excluded in epoch 158');
    assert.ok(expected.failedDowntime.size > 0, 'some host failed the downtime test');
    for (const r of rows) assert.equal(r.rewarded_coins, expected.rewards.get(r.participant_id)!.toString(), r.participant_id);
    for (const address of [...excluded, ...expected.failedDowntime]) assert.equal(rows.find((r) => r.participant_id === address)!.rewarded_coins, '0');
    // Not redistributed: the unpaid hosts' share (beyond flooring) stays out of the sum.
    const totalWeight = members.reduce((s: bigint, m: any) => s + BigInt(m.weight), 0n);
    const unpaidWeight = members.filter((m: any) => expected.rewards.get(m.index) === 0n).reduce((s: bigint, m: any) => s + BigInt(m.weight), 0n);
    assert.ok(pool - sum >= (pool * unpaidWeight) / totalWeight, 'the undistributed share is not paid to others');
  });

  it('settled summaries never change; claims happen during the next epoch', async () => {
    const atSettle = await summary(158);
    const values = (rows: SummaryRow[]) => rows.map(({ claimed: _claimed, ...rest }) => rest);
    assert.ok(
      atSettle.every((r) => r.claimed === false),
      'nothing claimed right at settlement',
    );
    clock.advance(EPOCH_MS * 0.7);
    const midNext = await summary(158);
    assert.deepEqual(values(midNext), values(atSettle));
    const rewarded = midNext.filter((r) => r.rewarded_coins !== '0');
    const claimed = rewarded.filter((r) => r.claimed);
    assert.ok(claimed.length > rewarded.length * 0.8, `most rewards claimed during the next epoch (${claimed.length}/${rewarded.length})`);
    assert.ok(midNext.filter((r) => r.rewarded_coins === '0').every((r) => !r.claimed));

    sim.advanceEpoch();
    const frozen = JSON.stringify(await summary(158));
    clock.advance(EPOCH_MS * 2.5); // two more epochs pass on the clock
    sim.advanceEpoch();
    assert.equal(JSON.stringify(await summary(158)), frozen);
    assert.deepEqual(values(JSON.parse(frozen)), values(atSettle));
  });

  it('the tracker reports the same rewards in whole GNK, floored', async () => {
    const rows = await summary(158);
    const in159 = new Set((await okJson(sim.url, '/v1/epochs/159/participants')).active_participants.participants.map((p: any) => p.index));
    const host = rows.find((r) => r.rewarded_coins !== '0' && in159.has(r.participant_id))!;
    const fromTracker = await okJson(sim.hyperfusionUrl, `/api/v1/participants/${host.participant_id}?epoch_id=159`);
    const reward = fromTracker.rewards.find((r: any) => r.epoch_id === 158);
    assert.ok(reward, 'epoch 158 listed in rewards');
    assert.equal(reward.assigned_reward_gnk, Number(BigInt(host.rewarded_coins) / 1_000_000_000n));
    assert.equal(reward.claimed, host.claimed);
    const epoch = await okJson(sim.hyperfusionUrl, '/api/v1/inference/epochs/158');
    const p = epoch.participants.find((x: any) => x.address === host.participant_id);
    assert.equal(p.current_epoch_stats.rewarded_coins, host.rewarded_coins);
  });
});
