/** Network incidents: jails with jailed_until (and unjailing), exclusions with reasons, offline hosts. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { bech32 } from 'bech32';
import { startSimulator, type RunningSimulator } from '../../src/simulator/index.js';
import { CHAIN, manualClock, okJson } from './helpers.js';

const EPOCH_MS = 60_000;

function valconsOf(pubKeyBase64: string): string {
  const bytes = createHash('sha256').update(Buffer.from(pubKeyBase64, 'base64')).digest().subarray(0, 20);
  return bech32.encode('gonkavalcons', bech32.toWords(bytes));
}

describe('simulator network events', () => {
  const clock = manualClock();
  let sim: RunningSimulator;
  const validators = async () => (await okJson(sim.url, '/chain-api/cosmos/staking/v1beta1/validators?pagination.limit=1000')).validators as any[];
  const jailedUntil = async (pubKey: string) =>
    Date.parse((await okJson(sim.url, `/chain-api/cosmos/slashing/v1beta1/signing_infos/${valconsOf(pubKey)}`)).val_signing_info.jailed_until);

  before(async () => {
    sim = await startSimulator({ participants: 400, epochDurationMs: EPOCH_MS, now: clock.now });
  });
  after(() => sim.close());

  it('some validators are jailed until a future time, and are later unjailed', async () => {
    const jailed = (await validators()).filter((v) => v.jailed);
    assert.ok(jailed.length > 0, 'some validator is jailed');
    const target = jailed[0];
    assert.equal(target.status, 'BOND_STATUS_UNBONDING');
    const until = await jailedUntil(target.consensus_pubkey.key);
    assert.ok(until > clock.now(), 'jailed_until lies in the future while jailed');

    const tracker = await okJson(sim.hyperfusionUrl, '/api/v1/inference/current');
    const seen = tracker.participants.find((p: any) => p.validator_key === target.consensus_pubkey.key && p.is_jailed !== null);
    if (seen) assert.equal(seen.is_jailed, true);

    for (let i = 0; i < 4 && clock.now() <= until; i++) clock.advance(EPOCH_MS);
    assert.ok(clock.now() > until);
    const again = (await validators()).find((v) => v.operator_address === target.operator_address);
    assert.equal(again.jailed, false, 'unjailed after jailed_until');
    assert.equal(await jailedUntil(target.consensus_pubkey.key), until, 'signing info keeps the last jailed_until');
  });

  it('settled epochs list exclusions with reasons and INACTIVE/INVALID statuses', async () => {
    const latest = (await okJson(sim.url, '/v1/epochs/latest')).latest_epoch.index;
    const items = (await okJson(sim.url, `${CHAIN}/excluded_participants/${latest - 1}`)).items;
    assert.ok(items.length > 0);
    for (const item of items) {
      assert.ok(item.reason.length > 0);
      assert.equal(item.epoch_index, String(latest - 1));
    }
    const tracked = await okJson(sim.hyperfusionUrl, `/api/v1/inference/epochs/${latest - 1}`);
    const byAddress = new Map(tracked.participants.map((p: any) => [p.address, p]));
    for (const item of items) assert.match((byAddress.get(item.address) as any).status, /^(INACTIVE|INVALID)$/);
    const v1 = await okJson(sim.url, `/v1/epochs/${latest - 1}/participants`);
    assert.deepEqual(v1.excluded_participants.map((e: any) => e.address).sort(), items.map((i: any) => i.address).sort());
  });

  it('some hosts are offline (health 503) and offline hosts can miss the next epoch', async () => {
    const addresses = sim.addresses();
    const statuses = await Promise.all(addresses.map(async (a) => (await fetch(`${sim.url}/hosts/${a}/health`)).status));
    const down = statuses.filter((s) => s === 503).length;
    assert.ok(down > 0, 'some host is offline');
    assert.ok(down < addresses.length * 0.1, 'most hosts are up');
    assert.ok(statuses.every((s) => s === 200 || s === 503));

    const latest = (await okJson(sim.url, '/v1/epochs/latest')).latest_epoch.index;
    const members = async (epoch: number) =>
      new Set((await okJson(sim.url, `/v1/epochs/${epoch}/participants`)).active_participants.participants.map((p: any) => p.index));
    const [previous, current] = await Promise.all([members(latest - 1), members(latest)]);
    assert.ok(
      [...previous].some((a) => !current.has(a)),
      'some host dropped out of the next epoch',
    );
    assert.ok(current.size > addresses.length * 0.9);
  });

  it('inference_url points back at the simulator', async () => {
    const { participants } = (await okJson(sim.url, '/v1/epochs/current/participants')).active_participants;
    const url = participants[0].inference_url as string;
    assert.ok(url.startsWith(sim.url));
    assert.ok([200, 503].includes((await fetch(`${url}/health`)).status));
  });
});
