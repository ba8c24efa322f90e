/** Every route answers with the same keys and value types as the real (or struct-faithful) samples. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSimulator, type RunningSimulator } from '../../src/simulator/index.js';
import { assertSameShape, CHAIN, fixture, manualClock, okJson } from './helpers.js';

describe('simulator response shapes match the Gonka fixtures', () => {
  let sim: RunningSimulator;
  let address: string;
  let settledMember: string;

  before(async () => {
    sim = await startSimulator({ participants: 120, seed: 7, now: manualClock().now });
    const previous = await okJson(sim.url, '/v1/epochs/157/participants');
    settledMember = previous.active_participants.participants[0].index;
    address = settledMember;
  });
  after(() => sim.close());

  it('/v1/epochs/{n}/participants and current participants', async () => {
    const past = await okJson(sim.url, '/v1/epochs/157/participants');
    assert.ok(past.excluded_participants.length > 0, 'a settled epoch of 120 hosts should list exclusions');
    assertSameShape(past, fixture('synthetic-v1-epochs-current-participants-v0.2.13.json'));
    const current = await okJson(sim.url, '/v1/epochs/current/participants');
    assertSameShape(current, fixture('v1-epochs-current-participants-epoch105-truncated.json'), { allowExtraKeys: true });
    assert.equal(current.active_participants.epoch_id, 158);
  });

  it('/v1/epochs/latest', async () => {
    const latest = await okJson(sim.url, '/v1/epochs/latest');
    assertSameShape(latest, fixture('v1-epochs-latest-epoch105.json'));
    assert.equal(latest.epoch_stages.next_poc_start - latest.epoch_stages.poc_start, latest.epoch_params.epoch_length);
    assert.ok(latest.block_height >= latest.epoch_stages.poc_start && latest.block_height < latest.epoch_stages.next_poc_start);
  });

  it('chain participant list and detail', async () => {
    const one = await okJson(sim.url, `${CHAIN}/participant/${address}`);
    assertSameShape(one, fixture('synthetic-chain-api-inference-participant-index.json'));
    const list = await okJson(sim.url, `${CHAIN}/participant?pagination.limit=10000`);
    assert.deepEqual(Object.keys(list).sort(), ['block_height', 'pagination', 'participant']);
    assert.equal(typeof list.block_height, 'string');
    assert.equal(list.participant.length, 120);
    assertSameShape(list.participant, [fixture('synthetic-chain-api-inference-participant-index.json').participant]);
  });

  it('epoch performance summary (one host and all hosts)', async () => {
    const one = await okJson(sim.url, `${CHAIN}/epoch_performance_summary/157/${settledMember}`);
    assertSameShape(one, fixture('chain-api-inference-epoch-performance-summary-53-gonka14cu38x.json'));
    const all = await okJson(sim.url, `${CHAIN}/epoch_performance_summary/157`);
    assertSameShape(all, fixture('synthetic-chain-api-inference-epoch-performance-summary-epoch.json'));
  });

  it('hardware nodes, participants_stats, excluded participants', async () => {
    const hw = await okJson(sim.url, `${CHAIN}/hardware_nodes/${address}`);
    assertSameShape(hw, fixture('chain-api-inference-hardware-nodes-gonka10ypwjuh.json'), { allowExtraKeys: true });
    assert.ok(hw.nodes.hardware_nodes.length >= 1 && hw.nodes.hardware_nodes.length <= 15);
    assertSameShape(await okJson(sim.url, `${CHAIN}/hardware_nodes_all`), fixture('synthetic-chain-api-inference-hardware-nodes-all.json'));
    assertSameShape(await okJson(sim.url, `${CHAIN}/participants_stats`), fixture('synthetic-chain-api-inference-participants-stats.json'));
    const excluded = await okJson(sim.url, `${CHAIN}/excluded_participants/157`);
    assert.ok(excluded.items.length > 0);
    assertSameShape(excluded, fixture('synthetic-chain-api-inference-excluded-participants-epoch.json'));
  });

  it('staking validators, signing infos, chain-rpc status', async () => {
    const validators = await okJson(sim.url, '/chain-api/cosmos/staking/v1beta1/validators?pagination.limit=500');
    assertSameShape(validators, fixture('synthetic-chain-api-cosmos-staking-validators.json'));
    assert.match(validators.validators[0].operator_address, /^gonkavaloper1/);
    const infos = await okJson(sim.url, '/chain-api/cosmos/slashing/v1beta1/signing_infos?pagination.limit=500');
    const valcons = infos.info[0].address;
    assert.match(valcons, /^gonkavalcons1/);
    assertSameShape(
      await okJson(sim.url, `/chain-api/cosmos/slashing/v1beta1/signing_infos/${valcons}`),
      fixture('synthetic-chain-api-cosmos-slashing-signing-info.json'),
    );
    assertSameShape(await okJson(sim.url, '/chain-rpc/status'), fixture('synthetic-chain-rpc-status.json'));
  });

  it('hyperfusion current epoch and participant detail', async () => {
    const current = await okJson(sim.hyperfusionUrl, '/api/v1/inference/current');
    assertSameShape(current, fixture('hyperfusion-api-v1-inference-current-epoch105-truncated.json'));
    const past = await okJson(sim.hyperfusionUrl, '/api/v1/inference/epochs/157');
    assertSameShape(past, fixture('hyperfusion-api-v1-inference-current-epoch105-truncated.json'));
    assert.equal(past.is_current, false);
    assert.equal(typeof past.total_assigned_rewards_gnk, 'number');
    const detail = await okJson(sim.hyperfusionUrl, `/api/v1/participants/${address}?epoch_id=158`);
    assertSameShape(detail, fixture('synthetic-hyperfusion-api-v1-participants-id.json'));
  });

  it('unknown routes and resources answer 404 in each service’s error style', async () => {
    const chain = await fetch(`${sim.url}/chain-api/cosmos/nope/v1/thing`);
    assert.equal(chain.status, 404);
    assert.deepEqual(await chain.json(), { code: 5, message: 'Not Found', details: [] });
    const unknownHost = (await (await fetch(`${sim.url}${CHAIN}/participant/gonka1unknown`)).json()) as any;
    assert.equal(unknownHost.code, 5);
    assert.deepEqual(Object.keys(unknownHost).sort(), ['code', 'details', 'message']);
    assert.equal((await fetch(`${sim.url}/v1/epochs/159/participants`)).status, 404);
    assert.equal((await fetch(`${sim.url}/v1/epochs/3/participants`)).status, 404);
    const tracker = await fetch(`${sim.hyperfusionUrl}/api/v1/participants/${address}?epoch_id=4000`);
    assert.equal(tracker.status, 404);
    assert.ok('detail' in ((await tracker.json()) as any));
  });
});
