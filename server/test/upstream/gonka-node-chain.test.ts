import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { GonkaNodeClient } from '../../src/upstream/index.js';
import { FakeUpstream, fixture } from './helpers/fake-upstream.js';
import { omitZeros, testOptions } from './helpers/test-options.js';

const INFERENCE = '/chain-api/productscience/inference/inference';
const HOST = 'gonka14cu38xpsd8pz5zdkkzwf0jwtpc0vv309ake364';

/** `/chain-api/productscience/inference/...` routes (strings for 64-bit ints, enum names). */
describe('GonkaNodeClient inference-module routes', () => {
  let node: FakeUpstream;
  let client: GonkaNodeClient;

  before(async () => {
    node = await FakeUpstream.start();
    client = new GonkaNodeClient([node.url], testOptions());
  });
  after(() => node.close());

  it('lists every participant of the real height-887711 snapshot in one request', async () => {
    node.set(`${INFERENCE}/participant?pagination.limit=10000`, { json: fixture('chain-api-inference-participant-all-height-887711.json') });
    const all = await client.allParticipants();
    assert.equal(all.participants.length, 193);
    assert.equal(all.blockHeight, 887711);
    const first = all.participants[0];
    assert.equal(first.address, 'gonka1qqyc9gsld2666kpunherra8rx2efwg4v8wafg3');
    assert.equal(first.status, 'ACTIVE');
    assert.equal(first.epochsCompleted, 36);
    assert.equal(first.currentEpochStats.rewardedCoins, 0n);
    assert.equal(all.participants[1].status, 'RAMPING');
    assert.equal(node.hits(`${INFERENCE}/participant`), 1);
  });

  it('follows pagination.next_key until the last page', async () => {
    const body = fixture('chain-api-inference-participant-all-height-887711.json');
    const page1 = { ...body, participant: body.participant.slice(0, 2), pagination: { next_key: 'a2V5Lw==' } };
    const page2 = { ...body, participant: body.participant.slice(2, 3), pagination: { next_key: null } };
    const paged = await FakeUpstream.start({
      [`${INFERENCE}/participant?pagination.limit=10000`]: { json: page1 },
      [`${INFERENCE}/participant?pagination.limit=10000&pagination.key=a2V5Lw%3D%3D`]: { json: page2 },
    });
    try {
      const all = await new GonkaNodeClient([paged.url], testOptions()).allParticipants();
      assert.deepEqual(
        all.participants.map((p) => p.address),
        body.participant.slice(0, 3).map((p: { index: string }) => p.index),
      );
      assert.equal(paged.hits(), 2);
    } finally {
      await paged.close();
    }
  });

  it('reads one participant with running stats and the Decimal confirmation-PoC ratio', async () => {
    const address = 'gonka1qzmhx83xnamk0uqup3lxpf2te9karrwjm9cjh7';
    node.set(`${INFERENCE}/participant/${address}`, { json: fixture('synthetic-chain-api-inference-participant-index.json') });
    const p = await client.participant(address);
    assert.equal(p.status, 'ACTIVE');
    assert.equal(p.coinBalance, 3805n);
    assert.equal(p.currentEpochStats.inferenceCount, 6);
    assert.equal(p.currentEpochStats.earnedCoins, 3805n);
    assert.equal(p.currentEpochStats.validatedInferences, 5);
    assert.equal(p.currentEpochStats.confirmationPocRatio, 0.092491939599499);
  });

  it('reads a Decimal whose mantissa exceeds 2^53 (1.0 = 10000000000000000e-16)', async () => {
    const body = fixture('synthetic-chain-api-inference-participant-index.json');
    body.participant.current_epoch_stats.confirmationPoCRatio = { value: '10000000000000000', exponent: -16 };
    node.set(`${INFERENCE}/participant/gonka1one`, { json: body });
    assert.equal((await client.participant('gonka1one')).currentEpochStats.confirmationPocRatio, 1);
  });

  it('defaults omitted stats to zero and missing confirmation ratio to null', async () => {
    const body = fixture('synthetic-chain-api-inference-participant-index.json');
    delete body.participant.current_epoch_stats.confirmationPoCRatio;
    node.set(`${INFERENCE}/participant/gonka1zero`, { json: omitZeros(body) });
    const p = await client.participant('gonka1zero');
    assert.equal(p.currentEpochStats.missedRequests, 0);
    assert.equal(p.currentEpochStats.rewardedCoins, 0n);
    assert.equal(p.currentEpochStats.confirmationPocRatio, null);
  });

  it('keeps a settled reward exact: 48552031736571 ngonka', async () => {
    node.set(`${INFERENCE}/epoch_performance_summary/53/${HOST}`, {
      json: fixture('chain-api-inference-epoch-performance-summary-53-gonka14cu38x.json'),
    });
    const s = await client.epochPerformanceSummary(53, HOST);
    assert.equal(s.rewardedCoins, 48552031736571n);
    assert.equal(typeof s.rewardedCoins, 'bigint');
    assert.equal(s.epochIndex, 53);
    assert.equal(s.address, HOST);
    assert.equal(s.inferenceCount, 831);
    assert.equal(s.missedRequests, 24);
    assert.equal(s.invalidatedInferences, 2);
    assert.equal(s.claimed, true);
  });

  it('keeps amounts beyond 2^53 exact', async () => {
    const body = fixture('chain-api-inference-epoch-performance-summary-51-gonka14cu38x.json');
    body.epochPerformanceSummary.rewarded_coins = '123456789012345678901';
    node.set(`${INFERENCE}/epoch_performance_summary/51/${HOST}`, { json: body });
    const s = await client.epochPerformanceSummary(51, HOST);
    assert.equal(s.rewardedCoins, 123456789012345678901n);
    assert.equal(s.claimed, false);
  });

  it('reads the performance summaries of every host of an epoch', async () => {
    node.set(`${INFERENCE}/epoch_performance_summary/104`, { json: fixture('synthetic-chain-api-inference-epoch-performance-summary-epoch.json') });
    const all = await client.epochPerformanceSummaryAll(104);
    assert.equal(all.length, 2);
    assert.equal(all[0].rewardedCoins, 3880123456789n);
    assert.equal(all[0].earnedCoins, 134210n);
    assert.equal(all[1].missedRequests, 61);
    assert.equal(all[1].claimed, false);
  });

  it('reads participants_stats', async () => {
    node.set(`${INFERENCE}/participants_stats`, { json: fixture('synthetic-chain-api-inference-participants-stats.json') });
    const [s] = await client.participantsStats();
    assert.equal(s.address, 'gonka1qzmhx83xnamk0uqup3lxpf2te9karrwjm9cjh7');
    assert.equal(s.rewardedCoinsLatestEpoch, 3880123456789n);
    assert.equal(s.reputation, 100);
    assert.equal(s.epochsCompleted, 64);
  });

  it('reads the real hardware nodes of one host', async () => {
    const address = 'gonka10ypwjuh2d33eywnklqxgq8lhprcjap66cdk738';
    node.set(`${INFERENCE}/hardware_nodes/${address}`, { json: fixture('chain-api-inference-hardware-nodes-gonka10ypwjuh.json') });
    const hw = await client.hardwareNodes(address);
    assert.equal(hw.address, address);
    assert.equal(hw.nodes.length, 3);
    assert.deepEqual(hw.nodes[0], {
      localId: 'node-106',
      status: 'INFERENCE',
      models: ['Qwen/Qwen3-4B-Instruct-2507'],
      hardware: [{ type: 'NVIDIA GeForce RTX 3090 | 24GB', count: 1 }],
      host: '172.18.114.106',
      port: '8080',
      version: '',
    });
  });

  it('treats `nodes: null` as a host without hardware', async () => {
    node.set(`${INFERENCE}/hardware_nodes/gonka1none`, { json: { nodes: null } });
    assert.deepEqual(await client.hardwareNodes('gonka1none'), { address: 'gonka1none', nodes: [] });
  });

  it('reads hardware nodes of all hosts; an unknown node status maps to UNKNOWN', async () => {
    const body = fixture('synthetic-chain-api-inference-hardware-nodes-all.json');
    body.nodes[1].hardware_nodes[0].status = 'DRAINING';
    node.set(`${INFERENCE}/hardware_nodes_all`, { json: body });
    const all = await client.hardwareNodesAll();
    assert.equal(all.length, 2);
    assert.equal(all[0].nodes[0].status, 'INFERENCE');
    assert.deepEqual(all[0].nodes[0].hardware, [{ type: 'NVIDIA H100 80GB HBM3 | 79GB', count: 8 }]);
    assert.equal(all[0].nodes[0].version, '3.0.12');
    assert.equal(all[1].nodes[0].status, 'UNKNOWN');
  });

  it('reads the hosts excluded in an epoch', async () => {
    node.set(`${INFERENCE}/excluded_participants/105`, { json: fixture('synthetic-chain-api-inference-excluded-participants-epoch.json') });
    assert.deepEqual(await client.excludedParticipants(105), [
      { address: 'gonka109g8dnt43nj45xhg83jyjt5f2ywz336w36qzyl', reason: 'downtime', exclusionBlockHeight: 1633001, epochIndex: 105 },
    ]);
  });
});
