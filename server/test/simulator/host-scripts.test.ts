/** `/__sim/hosts/{address}`: validation, and scripts showing at once on the live routes. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { bech32 } from 'bech32';
import { startSimulator, type RunningSimulator } from '../../src/simulator/index.js';
import { CHAIN, getJson, manualClock, okJson, send } from './helpers.js';

const EPOCH_MS = 60_000;

function valconsOf(pubKeyBase64: string): string {
  const bytes = createHash('sha256').update(Buffer.from(pubKeyBase64, 'base64')).digest().subarray(0, 20);
  return bech32.encode('gonkavalcons', bech32.toWords(bytes));
}

describe('simulator host scripts', () => {
  const clock = manualClock();
  let sim: RunningSimulator;
  let hosts: string[] = [];
  const participant = async (a: string) => (await okJson(sim.url, `${CHAIN}/participant/${a}`)).participant;
  const tracker = async (a: string) => (await okJson(sim.hyperfusionUrl, '/api/v1/inference/current')).participants.find((p: any) => p.address === a);
  const script = (a: string, body: unknown) => send(sim.url, 'POST', `/__sim/hosts/${a}`, body);

  before(async () => {
    sim = await startSimulator({ participants: 300, epochDurationMs: EPOCH_MS, now: clock.now });
    clock.advance(EPOCH_MS * 0.2);
    // Ordinary hosts: ACTIVE members with some traffic, healthy and not jailed.
    const members = (await okJson(sim.url, '/v1/epochs/current/participants')).active_participants.participants;
    for (const m of members) {
      const p = await participant(m.index);
      const healthy = (await fetch(`${sim.url}/hosts/${m.index}/health`)).status === 200;
      if (p.status === 'ACTIVE' && Number(p.current_epoch_stats.inference_count) > 100 && healthy) hosts.push(m.index);
    }
    hosts = hosts.slice(0, 8);
  });
  after(() => sim.close());

  it('validates the address and the body, and reads back, replaces and clears scripts', async () => {
    const [a] = hosts;
    assert.deepEqual((await getJson(sim.url, `/__sim/hosts/${a}`)).body, { address: a, script: null });
    const unknown = await script('gonka1unknown', { jailed: true });
    assert.equal(unknown.status, 404);
    assert.equal(typeof unknown.body.error, 'string');
    for (const bad of [{ missRate: 0.99 }, { invalidRate: -1 }, { jailed: 'yes' }, { color: 'red' }, { fromEpoch: 5, toEpoch: 4 }, { fromEpoch: 1.5 }]) {
      const reply = await script(a, bad);
      assert.equal(reply.status, 400, JSON.stringify(bad));
      assert.ok(Array.isArray(reply.body.issues) && reply.body.issues.length > 0, JSON.stringify(bad));
    }
    assert.deepEqual((await script(a, { jailed: true, claim: false })).body, { address: a, script: { jailed: true, claim: false } });
    assert.deepEqual((await script(a, { offline: true })).body.script, { offline: true });
    assert.deepEqual((await getJson(sim.url, `/__sim/hosts/${a}`)).body.script, { offline: true });
    assert.deepEqual((await send(sim.url, 'DELETE', `/__sim/hosts/${a}`)).body, { address: a, script: null });
    assert.equal((await getJson(sim.url, `/__sim/hosts/${a}`)).body.script, null);
    await script(a, { jailed: true });
    await send(sim.url, 'POST', '/__sim/reset');
    assert.equal((await getJson(sim.url, `/__sim/hosts/${a}`)).body.script, null);
    assert.throws(() => sim.scriptHost('gonka1unknown', { jailed: true }), RangeError);
    assert.throws(() => sim.scriptHost(a, { missRate: 2 }));
    const stats = await okJson(sim.url, '/__sim/stats');
    assert.ok(!Object.keys(stats.routes).some((r) => r.startsWith('/__sim')), 'control routes are not counted');
  });

  it('missRate and invalidRate reshape the live counts; DELETE restores the seeded plan at once', async () => {
    const a = hosts[1];
    const before = (await participant(a)).current_epoch_stats;
    await script(a, { missRate: 0.3, invalidRate: 0.5 });
    const s = (await participant(a)).current_epoch_stats;
    const [inf, missed, invalid] = [Number(s.inference_count), Number(s.missed_requests), Number(s.invalidated_inferences)];
    assert.ok(Math.abs(missed / (missed + inf) - 0.3) < 0.02, `live miss rate ${missed}/${missed + inf}`);
    assert.ok(Math.abs(invalid / inf - 0.5) < 0.02, `live invalidation ${invalid}/${inf}`);
    const tracked = await tracker(a);
    assert.ok(Math.abs(tracked.missed_rate - 0.3) < 0.02);
    sim.clearHost(a);
    assert.deepEqual((await participant(a)).current_epoch_stats, before);
  });

  it('jailed shows in staking, signing_infos and the tracker', async () => {
    const a = hosts[2];
    const key = (await participant(a)).validator_key;
    const validatorOf = async () =>
      (await okJson(sim.url, '/chain-api/cosmos/staking/v1beta1/validators?pagination.limit=1000')).validators.find((v: any) => v.consensus_pubkey.key === key);
    await script(a, { jailed: true });
    const v = await validatorOf();
    assert.equal(v.jailed, true);
    assert.equal(v.status, 'BOND_STATUS_UNBONDING');
    const info = (await okJson(sim.url, `/chain-api/cosmos/slashing/v1beta1/signing_infos/${valconsOf(v.consensus_pubkey.key)}`)).val_signing_info;
    assert.ok(Date.parse(info.jailed_until) > clock.now(), 'jailed_until in the future');
    assert.notEqual((await tracker(a)).is_jailed, false);
    await send(sim.url, 'DELETE', `/__sim/hosts/${a}`);
    assert.equal((await validatorOf()).jailed, false);
  });

  it('offline: health 503, tracker unhealthy, and left out of the next epoch', async () => {
    const a = hosts[3];
    await script(a, { offline: true });
    assert.equal((await fetch(`${sim.url}/hosts/${a}/health`)).status, 503);
    assert.equal((await tracker(a)).node_healthy, false);
    const epoch = Number((await okJson(sim.url, `${CHAIN}/get_current_epoch`)).epoch);
    const members = async (e: number) => (await okJson(sim.url, `/v1/epochs/${e}/participants`)).active_participants.participants.map((p: any) => p.index);
    assert.ok((await members(epoch)).includes(a), 'still in the epoch planned before it went offline');
    sim.advanceEpoch();
    assert.ok(!(await members(epoch + 1)).includes(a), 'not in the epoch planned while offline');
    assert.equal((await getJson(sim.url, `${CHAIN}/estimate_bitcoin_reward/${a}`)).status, 404);
    await send(sim.url, 'DELETE', `/__sim/hosts/${a}`);
    assert.equal((await fetch(`${sim.url}/hosts/${a}/health`)).status, 200);
  });

  it('excluded and invalid: removed from the active set now, with their reason and status', async () => {
    const [a, b] = [hosts[4], hosts[5]];
    clock.advance(EPOCH_MS * 0.3); // into the epoch, so live counts are under way
    const epoch = Number((await okJson(sim.url, `${CHAIN}/get_current_epoch`)).epoch);
    const invalidatedBefore = Number((await participant(b)).current_epoch_stats.invalidated_inferences);
    await script(a, { excluded: 'participant has been inactive' });
    await script(b, { invalid: true });
    assert.equal((await participant(a)).status, 'INACTIVE');
    assert.equal((await participant(b)).status, 'INVALID');
    assert.ok(Number((await participant(b)).current_epoch_stats.invalidated_inferences) > invalidatedBefore);
    const items = (await okJson(sim.url, `${CHAIN}/excluded_participants/${epoch}`)).items;
    assert.equal(items.find((i: any) => i.address === a)?.reason, 'participant has been inactive');
    assert.equal(items.find((i: any) => i.address === b)?.reason, 'invalid inferences: statistical test');
    const v1 = (await okJson(sim.url, '/v1/epochs/current/participants')).excluded_participants.map((e: any) => e.address);
    assert.ok(v1.includes(a) && v1.includes(b));
    assert.equal((await tracker(a)).participant_status, 'INACTIVE');
    for (const host of [a, b]) assert.equal((await okJson(sim.url, `${CHAIN}/estimate_bitcoin_reward/${host}`)).settle_amount.reward_coins, '0');
  });
});
