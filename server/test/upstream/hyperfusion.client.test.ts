import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { HashiroClient, HyperfusionClient, UpstreamSchemaError, UpstreamUnavailableError } from '../../src/upstream/index.js';
import { FakeUpstream, fixture } from './helpers/fake-upstream.js';
import { numbersAsStrings, testOptions } from './helpers/test-options.js';

describe('HyperfusionClient', () => {
  let tracker: FakeUpstream;
  let client: HyperfusionClient;

  before(async () => {
    tracker = await FakeUpstream.start();
    client = new HyperfusionClient(`${tracker.url}/`, testOptions());
  });
  after(() => tracker.close());

  it('parses the real epoch-105 inference snapshot, keeping nulls as unknown', async () => {
    tracker.set('/api/v1/inference/current', { json: fixture('hyperfusion-api-v1-inference-current-epoch105-truncated.json') });
    const epoch = await client.inferenceCurrent();
    assert.equal(epoch.epochId, 105);
    assert.equal(epoch.isCurrent, true);
    assert.equal(epoch.currentBlockHeight, 1634323);
    assert.equal(epoch.avgBlockTime, 6.02);
    assert.equal(epoch.nextPocStartBlock, 1642801);
    assert.equal(epoch.participants.length, 3);

    const [first, second, third] = epoch.participants;
    assert.equal(first.address, 'gonka1qzmhx83xnamk0uqup3lxpf2te9karrwjm9cjh7');
    assert.equal(first.isJailed, false);
    assert.equal(first.nodeHealthy, true);
    assert.equal(first.nodeHealthCheckedAt?.toISOString(), '2025-12-08T13:55:10.619Z');
    assert.equal(first.confirmationPocRatio, 1);
    assert.equal(first.currentEpochStats.earnedCoins, 3805n);
    assert.equal(second.isJailed, null, 'is_jailed: null stays unknown, not false');
    assert.equal(second.confirmationPocRatio, null);
    assert.equal(second.jailedUntil, null);
    assert.equal(third.missedRate, 0.0541);
    assert.equal(third.currentEpochStats.missedRequests, 2);
  });

  it('parses a past epoch and accepts rates sent as strings', async () => {
    const body = fixture('hyperfusion-api-v1-inference-current-epoch105-truncated.json');
    body.participants[2].missed_rate = '0.0541';
    body.participants[0].jailed_until = '2025-12-09T10:00:00Z';
    tracker.set('/api/v1/inference/epochs/104', { json: body });
    const epoch = await client.inferenceEpoch(104);
    assert.equal(epoch.participants[2].missedRate, 0.0541);
    assert.equal(epoch.participants[0].jailedUntil?.toISOString(), '2025-12-09T10:00:00.000Z');
  });

  it('rejects an unknown participant status', async () => {
    const body = fixture('hyperfusion-api-v1-inference-current-epoch105-truncated.json');
    body.participants[1].status = 'ZOMBIE';
    tracker.set('/api/v1/inference/epochs/103', { json: body });
    await assert.rejects(client.inferenceEpoch(103), (e: unknown) => {
      assert.ok(e instanceof UpstreamSchemaError);
      assert.equal(e.source, 'hyperfusion');
      assert.equal(e.issuePath, 'participants[1].status');
      return true;
    });
  });

  it('reads participant details with floored whole-GNK rewards, ML nodes and warm keys', async () => {
    const address = 'gonka1qzmhx83xnamk0uqup3lxpf2te9karrwjm9cjh7';
    tracker.set(`/api/v1/participants/${address}?epoch_id=105`, { json: fixture('synthetic-hyperfusion-api-v1-participants-id.json') });
    const details = await client.participant(address, 105);
    assert.deepEqual(details.rewards, [
      { epochId: 104, assignedRewardGnkFloored: 3880n, claimed: true },
      { epochId: 103, assignedRewardGnkFloored: 3912n, claimed: true },
      { epochId: 102, assignedRewardGnkFloored: 0n, claimed: false },
    ]);
    assert.equal(details.mlNodes[0].pocWeight, 3965);
    assert.deepEqual(details.mlNodes[0].hardware, [{ type: 'NVIDIA H100 80GB HBM3 | 79GB', count: 8 }]);
    assert.equal(details.warmKeys[0].granteeAddress, 'gonka1tt6mlr3r50uey8kxkktlxv8ht9zyrd4dtnvemu');
    assert.equal(details.participant.weight, 3965);
    assert.equal(tracker.requests.at(-1), `/api/v1/participants/${address}?epoch_id=105`);
  });

  it('accepts chain stats as numbers too', async () => {
    const body = numbersAsStrings(fixture('synthetic-hyperfusion-api-v1-participants-id.json')) as any;
    body.rewards = fixture('synthetic-hyperfusion-api-v1-participants-id.json').rewards;
    tracker.set('/api/v1/participants/gonka1s', { json: body });
    const details = await client.participant('gonka1s');
    assert.equal(details.participant.weight, 3965);
    assert.equal(details.participant.missedRate, 0);
  });

  it('rejects a fractional whole-GNK reward rather than guessing', async () => {
    const body = fixture('synthetic-hyperfusion-api-v1-participants-id.json');
    body.rewards[0].assigned_reward_gnk = 3880.7;
    tracker.set('/api/v1/participants/gonka1f', { json: body });
    await assert.rejects(client.participant('gonka1f'), UpstreamSchemaError);
  });
});

describe('HashiroClient', () => {
  it('is disabled unless configured', () => {
    assert.equal(new HashiroClient(undefined).isEnabled(), false);
    assert.equal(new HashiroClient('  ').isEnabled(), false);
    assert.throws(
      () => new HashiroClient(undefined).requireEnabled('GET /pool'),
      (e: unknown) => {
        assert.ok(e instanceof UpstreamUnavailableError);
        assert.equal(e.source, 'hashiro');
        assert.equal(e.reason, 'not_configured');
        return true;
      },
    );
    const enabled = new HashiroClient('https://hashiro.example/');
    assert.equal(enabled.isEnabled(), true);
    assert.equal(enabled.requireEnabled('GET /pool'), 'https://hashiro.example');
  });
});
