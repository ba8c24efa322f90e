/**
 * liveRewardsScaled (the demo): a live epoch of a few minutes pays its share of a 24 h subsidy, and
 * the chain's params say so, while the settled history keeps mainnet's full subsidy per epoch.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSimulator, type RunningSimulator } from '../../src/simulator/index.js';
import { CHAIN, manualClock, okJson } from './helpers.js';
import { epochPool, expectedSettlement, type SummaryRow } from './settlement-oracle.js';

const EPOCH_MS = 180_000;
const MAINNET_INITIAL = 323_000_000_000_000n;
const DAY_MS = 86_400_000n;

describe('simulator live rewards scaled to the epoch length', () => {
  const clock = manualClock();
  let scaled: RunningSimulator;
  let full: RunningSimulator;
  const summary = async (sim: RunningSimulator, epoch: number): Promise<SummaryRow[]> =>
    (await okJson(sim.url, `${CHAIN}/epoch_performance_summary/${epoch}`)).epochPerformanceSummary;
  const paid = (rows: SummaryRow[]) => rows.reduce((s, r) => s + BigInt(r.rewarded_coins), 0n);

  before(async () => {
    scaled = await startSimulator({ participants: 300, epochDurationMs: EPOCH_MS, now: clock.now, liveRewardsScaled: true });
    full = await startSimulator({ participants: 300, epochDurationMs: EPOCH_MS, now: clock.now });
    scaled.advanceEpoch();
    full.advanceEpoch();
  });
  after(async () => {
    await scaled.close();
    await full.close();
  });

  it('serves initial_epoch_reward × epoch length ÷ 24 h, and the default simulator mainnet’s', async () => {
    const params = (sim: RunningSimulator) => okJson(sim.url, `${CHAIN}/params`).then((b) => b.params.bitcoin_reward_params);
    assert.equal((await params(scaled)).initial_epoch_reward, String((MAINNET_INITIAL * BigInt(EPOCH_MS)) / DAY_MS));
    assert.equal((await params(full)).initial_epoch_reward, String(MAINNET_INITIAL));
  });

  it('a live epoch settles by the served params: each host paid its share of the scaled pool', async () => {
    const rows = await summary(scaled, 158);
    const params = (await okJson(scaled.url, `${CHAIN}/params`)).params.bitcoin_reward_params;
    const expected = await expectedSettlement(scaled.url, 158, rows);
    for (const r of rows) assert.equal(r.rewarded_coins, expected.rewards.get(r.participant_id)!.toString(), r.participant_id);
    assert.ok(paid(rows) > 0n && paid(rows) <= epochPool(158, params));
    // Same network, same work: the full simulator paid 480× as much for the same epoch (flooring aside).
    const ratio = Number(paid(await summary(full, 158))) / Number(paid(rows));
    assert.ok(Math.abs(ratio - 480) < 0.01, `ratio ${ratio}`);
  });

  it('the settled history before the start epoch keeps the full subsidy', async () => {
    const epoch = scaled.earliestEpoch + 5;
    assert.deepEqual(await summary(scaled, epoch), await summary(full, epoch));
    const mainnetPool = epochPool(epoch, { initial_epoch_reward: String(MAINNET_INITIAL), decay_rate: { value: '-475', exponent: -6 }, genesis_epoch: '1' });
    assert.ok(paid(await summary(scaled, epoch)) > mainnetPool / 2n, 'most of a full day’s pool paid');
  });

  it('the running epoch’s estimate pays from the scaled pool too', async () => {
    clock.advance(EPOCH_MS * 0.5);
    const members = (await okJson(scaled.url, '/v1/epochs/current/participants')).active_participants.participants as any[];
    const estimates = async (sim: RunningSimulator) => {
      let sum = 0n;
      for (const m of members.slice(0, 40)) sum += BigInt((await okJson(sim.url, `${CHAIN}/estimate_bitcoin_reward/${m.index}`)).settle_amount.reward_coins);
      return sum;
    };
    const [s, f] = [await estimates(scaled), await estimates(full)];
    assert.ok(s > 0n && Math.abs(Number(f) / Number(s) - 480) < 0.01, `estimates ${s} vs ${f}`);
  });
});
