/** The params route (grpc-gateway types) and the downtime rule settling real epochs with those params. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSimulator, type RunningSimulator } from '../../src/simulator/index.js';
import { CHAIN, manualClock, okJson } from './helpers.js';
import { expectedSettlement, type SummaryRow } from './settlement-oracle.js';

const EPOCH_MS = 60_000;
const isDecimal = (d: any) => typeof d?.value === 'string' && /^-?\d+$/.test(d.value) && Number.isInteger(d.exponent);
const isInt64 = (v: unknown) => typeof v === 'string' && /^-?\d+$/.test(v);

describe('simulator chain params', () => {
  const clock = manualClock();
  let sim: RunningSimulator;

  before(async () => {
    sim = await startSimulator({ participants: 300, epochDurationMs: EPOCH_MS, now: clock.now });
  });
  after(() => sim.close());

  it('serves the inference params with int64 as strings, int32 as numbers, Decimal as {value, exponent}', async () => {
    const { params } = await okJson(sim.url, `${CHAIN}/params`);
    for (const group of [
      'epoch_params',
      'validation_params',
      'poc_params',
      'tokenomics_params',
      'collateral_params',
      'bitcoin_reward_params',
      'dynamic_pricing_params',
      'bandwidth_limits_params',
    ]) {
      assert.equal(typeof params[group], 'object', group);
    }
    const v = params.validation_params;
    assert.deepEqual(v.binom_test_p0, { value: '100', exponent: -3 });
    assert.deepEqual(v.false_positive_rate, { value: '5', exponent: -2 });
    assert.equal(v.min_ramp_up_measurements, 10);
    for (const key of [
      'expiration_blocks',
      'epochs_to_max',
      'full_validation_traffic_cutoff',
      'min_validation_traffic_cutoff',
      'timestamp_expiration',
      'timestamp_advance',
    ])
      assert.ok(isInt64(v[key]), key);
    for (const key of [
      'pass_value',
      'min_validation_average',
      'max_validation_average',
      'min_validation_halfway',
      'invalidation_sprt_bad_rate',
      'invalidation_sprt_h',
    ])
      assert.ok(isDecimal(v[key]), key);
    assert.deepEqual(params.collateral_params.slash_fraction_invalid, { value: '20', exponent: -2 });
    assert.equal(params.collateral_params.grace_period_end_epoch, '180');
    const reward = params.bitcoin_reward_params;
    assert.equal(reward.use_bitcoin_rewards, true);
    assert.equal(reward.initial_epoch_reward, '323000000000000');
    assert.deepEqual(reward.decay_rate, { value: '-475', exponent: -6 });
    for (const key of ['utilization_bonus_factor', 'full_coverage_bonus_factor', 'partial_coverage_bonus_factor']) assert.ok(isDecimal(reward[key]), key);
  });

  it('epoch params agree with the clock the node API reports', async () => {
    const { params } = await okJson(sim.url, `${CHAIN}/params`);
    const latest = await okJson(sim.url, '/v1/epochs/latest');
    const e = params.epoch_params;
    for (const [key, value] of Object.entries(latest.epoch_params)) {
      const asChain = typeof value === 'number' ? String(value) : { value: String((value as any).value), exponent: (value as any).exponent };
      assert.deepEqual(e[key], asChain, key);
    }
    const stages = latest.epoch_stages;
    assert.equal(Number(e.epoch_length), latest.next_epoch_stages.poc_start - stages.poc_start);
    assert.equal(Number(e.poc_stage_duration), stages.poc_generation_end - stages.poc_start);
    assert.equal(Number(e.poc_validation_duration), stages.poc_validation_end - stages.poc_validation_start);
    assert.equal(Number(e.set_new_validators_delay), stages.set_new_validators - stages.poc_validation_end);
    assert.equal(Number(e.inference_validation_cutoff), stages.next_poc_start - stages.inference_validation_cutoff);
  });

  it('over 10 epochs some hosts fail the downtime test each epoch on average, all paid as the rule says', async () => {
    let failed = 0;
    let unpaidBusy = 0;
    for (let epoch = 158; epoch < 168; epoch++) {
      sim.advanceEpoch();
      const rows: SummaryRow[] = (await okJson(sim.url, `${CHAIN}/epoch_performance_summary/${epoch}`)).epochPerformanceSummary;
      const expected = await expectedSettlement(sim.url, epoch, rows);
      assert.equal(expected.p0, 0.1, `epoch ${epoch}: a healthy network tests at the governance floor`);
      for (const r of rows) assert.equal(r.rewarded_coins, expected.rewards.get(r.participant_id)!.toString(), `${epoch} ${r.participant_id}`);
      failed += expected.failedDowntime.size;
      unpaidBusy += rows.filter((r) => r.rewarded_coins === '0' && Number(r.missed_requests) > 0).length;
    }
    assert.ok(failed / 10 >= 1, `on average ${failed / 10} hosts failed the downtime test per epoch`);
    assert.ok(unpaidBusy >= failed, 'every downtime failure is paid 0');
  });
});
