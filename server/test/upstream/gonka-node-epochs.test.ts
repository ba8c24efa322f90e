import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { GonkaNodeClient, UpstreamNotFoundError } from '../../src/upstream/index.js';
import { FakeUpstream, fixture } from './helpers/fake-upstream.js';
import { numbersAsStrings, omitZeros, testOptions } from './helpers/test-options.js';

/** `/v1/epochs/...` routes: real and struct-faithful bodies, and their wire variants. */
describe('GonkaNodeClient /v1 epoch routes', () => {
  let node: FakeUpstream;
  let client: GonkaNodeClient;

  before(async () => {
    node = await FakeUpstream.start();
    client = new GonkaNodeClient([node.url], testOptions());
  });
  after(() => node.close());

  it('parses the real epoch-105 participant list, pairing ML nodes with their models', async () => {
    node.set('/v1/epochs/current/participants', { json: fixture('v1-epochs-current-participants-epoch105-truncated.json') });
    const epoch = await client.currentParticipants();
    assert.equal(epoch.epochId, 105);
    assert.equal(epoch.pocStartBlockHeight, 1627410);
    assert.equal(epoch.participants.length, 3);
    const p = epoch.participants[1];
    assert.equal(p.address, 'gonka109g8dnt43nj45xhg83jyjt5f2ywz336w36qzyl');
    assert.equal(p.weight, 9512);
    assert.equal(p.inferenceUrl, 'http://85.234.78.183:8000');
    assert.deepEqual(p.models, ['Qwen/Qwen3-235B-A22B-Instruct-2507-FP8', 'Qwen/Qwen3-32B-FP8']);
    assert.deepEqual(
      p.mlNodes.map((n) => [n.nodeId, n.modelId, n.pocWeight]),
      [
        ['mlnode-large-8b88e29a', 'Qwen/Qwen3-235B-A22B-Instruct-2507-FP8', 4112],
        ['mlnode-large-8cd2d39b', 'Qwen/Qwen3-235B-A22B-Instruct-2507-FP8', 4256],
        ['mlnode-small-9f3cfcb4-5', 'Qwen/Qwen3-32B-FP8', 576],
        ['mlnode-small-bd02a60a-5', 'Qwen/Qwen3-32B-FP8', 568],
      ],
    );
    assert.deepEqual(epoch.excluded, []);
  });

  it('reads the throughput the real list does not carry as unknown (null), not 0', async () => {
    node.set('/v1/epochs/current/participants', { json: fixture('v1-epochs-current-participants-epoch105-truncated.json') });
    const epoch = await client.currentParticipants();
    const throughputs = epoch.participants.flatMap((p) => p.mlNodes.map((n) => n.throughput));
    assert.equal(throughputs.length, 8);
    assert.deepEqual(
      throughputs,
      throughputs.map(() => null),
    );
  });

  it('reads excluded participants and ML node throughput of v0.2.13 nodes', async () => {
    node.set('/v1/epochs/current/participants', { json: fixture('synthetic-v1-epochs-current-participants-v0.2.13.json') });
    const epoch = await client.currentParticipants();
    assert.equal(epoch.participants[0].mlNodes[0].throughput, 1000);
    assert.deepEqual(epoch.excluded, [
      { address: 'gonka109g8dnt43nj45xhg83jyjt5f2ywz336w36qzyl', reason: 'downtime', exclusionBlockHeight: 1633001, epochIndex: null },
    ]);
  });

  it('takes the epoch from epoch_group_id on old nodes (docs example has no epoch_id, no ml_nodes)', async () => {
    node.set('/v1/epochs/1/participants', { json: fixture('v1-epochs-current-participants-docs-example.json') });
    const epoch = await client.epochParticipants(1);
    assert.equal(epoch.epochId, 1);
    assert.equal(epoch.participants[0].weight, 10);
    assert.deepEqual(epoch.participants[0].mlNodes, []);
    assert.deepEqual(epoch.excluded, []);
  });

  it('gives the same result when numbers arrive as strings (v0.2.15 hosts)', async () => {
    const body = fixture('v1-epochs-current-participants-epoch105-truncated.json');
    node.set('/v1/epochs/105/participants', { json: body });
    const asNumbers = await client.epochParticipants(105);
    node.set('/v1/epochs/105/participants', { json: numbersAsStrings(body) });
    const asStrings = await client.epochParticipants(105);
    assert.deepEqual(asStrings, asNumbers);
  });

  it('reads omitted weights and throughput as unknown (null): omitempty cannot tell 0 from "not reported"', async () => {
    const body = fixture('synthetic-v1-epochs-current-participants-v0.2.13.json');
    const participant = body.active_participants.participants[0];
    participant.weight = 0;
    participant.ml_nodes[0].ml_nodes[0].poc_weight = 0;
    participant.ml_nodes[0].ml_nodes[0].throughput = 0;
    participant.inference_url = '';
    node.set('/v1/epochs/7/participants', { json: omitZeros(body) });
    const epoch = await client.epochParticipants(7);
    const p = epoch.participants[0];
    assert.equal(p.weight, null);
    assert.equal(p.mlNodes[0].pocWeight, null);
    assert.equal(p.mlNodes[0].throughput, null);
    assert.equal(p.inferenceUrl, '');
    assert.equal(epoch.participants.length, 1);
  });

  it('keeps a 0 the list does send', async () => {
    const body = fixture('synthetic-v1-epochs-current-participants-v0.2.13.json');
    body.active_participants.participants[0].ml_nodes[0].ml_nodes[0].throughput = 0;
    node.set('/v1/epochs/8/participants', { json: body });
    const epoch = await client.epochParticipants(8);
    assert.equal(epoch.participants[0].mlNodes[0].throughput, 0);
  });

  it('maps 404 (epoch without participants) to UpstreamNotFoundError without retrying', async () => {
    node.set('/v1/epochs/99/participants', { status: 404 });
    const before = node.hits('/v1/epochs/99/participants');
    await assert.rejects(client.epochParticipants(99), (e: unknown) => {
      assert.ok(e instanceof UpstreamNotFoundError);
      assert.equal(e.code, 'UPSTREAM_NOT_FOUND');
      assert.equal(e.source, 'gonka_api');
      return true;
    });
    assert.equal(node.hits('/v1/epochs/99/participants') - before, 1);
  });

  it('rejects an invalid epoch number before any request', () => {
    assert.throws(() => client.epochParticipants(-1), RangeError);
    assert.throws(() => client.epochParticipants(1.5), RangeError);
  });

  it('parses the real epoch clock', async () => {
    node.set('/v1/epochs/latest', { json: fixture('v1-epochs-latest-epoch105.json') });
    const clock = await client.latestEpoch();
    assert.equal(clock.blockHeight, 1634326);
    assert.equal(clock.epochIndex, 105);
    assert.equal(clock.phase, 'Inference');
    assert.equal(clock.epochLength, 15391);
    assert.equal(clock.stages.nextPocStart, 1642801);
    assert.equal(clock.stages.setNewValidators, 1627715);
    assert.equal(clock.nextStages.epochIndex, 106);
    assert.equal(clock.isConfirmationPocActive, false);
  });

  it('reads the v0.2.15 clock with params nested one level deeper and stringified', async () => {
    const body = fixture('v1-epochs-latest-epoch105.json');
    body.epoch_params = { epoch_params: numbersAsStrings(body.epoch_params) };
    node.set('/v1/epochs/latest', { json: numbersAsStrings(body) });
    const clock = await client.latestEpoch();
    assert.equal(clock.epochLength, 15391);
    assert.equal(clock.blockHeight, 1634326);
  });
});
