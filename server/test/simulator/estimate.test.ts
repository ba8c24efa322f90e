/** estimate_bitcoin_reward: the running epoch settled as if it ended now, NotFound outside the active set. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSimulator, type RunningSimulator } from '../../src/simulator/index.js';
import { CHAIN, getJson, manualClock, okJson, send } from './helpers.js';
import { epochPool, networkP0, upperTail } from './settlement-oracle.js';

const EPOCH_MS = 60_000;

describe('simulator estimate_bitcoin_reward', () => {
  const clock = manualClock();
  let sim: RunningSimulator;
  const estimate = (address: string) => getJson(sim.url, `${CHAIN}/estimate_bitcoin_reward/${address}`);

  before(async () => {
    sim = await startSimulator({ participants: 300, epochDurationMs: EPOCH_MS, now: clock.now });
    clock.advance(EPOCH_MS * 0.5);
  });
  after(() => sim.close());

  it('replays settlement on the live counts: full-weight split, 0 when excluded or failing the downtime test', async () => {
    const { params } = await okJson(sim.url, `${CHAIN}/params`);
    const epoch = Number((await okJson(sim.url, `${CHAIN}/get_current_epoch`)).epoch);
    const members = (await okJson(sim.url, '/v1/epochs/current/participants')).active_participants.participants as any[];
    const live = new Map<string, any>((await okJson(sim.url, `${CHAIN}/participant?pagination.limit=1000`)).participant.map((p: any) => [p.address, p]));
    const counts = members.map((m) => {
      const stats = live.get(m.index).current_epoch_stats;
      return { inferences: Number(stats.inference_count), missed: Number(stats.missed_requests) };
    });
    const { p0, skip } = networkP0(counts, params.validation_params.binom_test_p0);
    const pool = epochPool(epoch, params.bitcoin_reward_params);
    const totalWeight = members.reduce((s, m) => s + BigInt(m.weight), 0n);
    let zero = 0;
    for (const [i, m] of members.entries()) {
      const { status, body } = await estimate(m.index);
      assert.equal(status, 200, m.index);
      const c = counts[i];
      const total = c.inferences + c.missed;
      const passes = skip || total === 0 || upperTail(c.missed, total, p0) >= 0.05;
      const active = live.get(m.index).status === 'ACTIVE';
      const expected = passes && active ? (pool * BigInt(m.weight)) / totalWeight : 0n;
      if (expected === 0n) zero++;
      assert.deepEqual(body.settle_amount, {
        participant: m.index,
        reward_coins: expected.toString(),
        work_coins: active ? live.get(m.index).current_epoch_stats.earned_coins : '0',
        epoch_index: String(epoch),
        seed_signature: m.seed.signature,
        last_claim_attempt: '0',
      });
    }
    assert.ok(zero > 0 && zero < members.length / 4, `some hosts would get nothing now (${zero})`);
  });

  it('an excluded host would get 0 from the instant it is excluded', async () => {
    const members = (await okJson(sim.url, '/v1/epochs/current/participants')).active_participants.participants as any[];
    const paid = [];
    for (const m of members.slice(0, 20)) if ((await estimate(m.index)).body.settle_amount.reward_coins !== '0') paid.push(m.index);
    const target = paid[0];
    assert.equal((await send(sim.url, 'POST', `/__sim/hosts/${target}`, { excluded: 'participant has been inactive' })).status, 200);
    assert.equal((await estimate(target)).body.settle_amount.reward_coins, '0');
    assert.equal((await send(sim.url, 'DELETE', `/__sim/hosts/${target}`)).status, 200);
    assert.notEqual((await estimate(target)).body.settle_amount.reward_coins, '0');
  });

  it('NotFound (grpc code 5) outside the active set and for unknown addresses', async () => {
    const members = new Set((await okJson(sim.url, '/v1/epochs/current/participants')).active_participants.participants.map((m: any) => m.index));
    const epoch = Number((await okJson(sim.url, `${CHAIN}/get_current_epoch`)).epoch);
    const target = sim.addresses().find((a) => members.has(a))!;
    // Offline for this epoch's PoC, named explicitly: the epoch is planned without it.
    assert.equal((await send(sim.url, 'POST', `/__sim/hosts/${target}`, { offline: true, fromEpoch: epoch })).status, 200);
    const outside = await estimate(target);
    assert.equal(outside.status, 404);
    assert.deepEqual(outside.body, { code: 5, message: `participant ${target} not found in active set`, details: [] });
    const unknown = await estimate('gonka1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq');
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.code, 5);
  });
});
