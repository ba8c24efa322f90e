import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { startSimulator, type RunningSimulator } from '../../src/simulator/index.js';
import { GonkaNodeClient, HyperfusionClient, UpstreamNotFoundError, UpstreamRateLimitedError, UpstreamSchemaError } from '../../src/upstream/index.js';
import { testOptions } from './helpers/test-options.js';

/** The adapters against the Gonka network simulator: every route end to end, faults, and call economy. */
describe('upstream adapters against the simulator', () => {
  let sim: RunningSimulator;
  let node: GonkaNodeClient;
  let tracker: HyperfusionClient;

  async function stats(): Promise<Record<string, number>> {
    return ((await (await fetch(`${sim.url}/__sim/stats`)).json()) as { routes: Record<string, number> }).routes;
  }
  async function fault(spec: Record<string, unknown>): Promise<void> {
    const res = await fetch(`${sim.url}/__sim/faults`, { method: 'POST', body: JSON.stringify(spec), headers: { 'content-type': 'application/json' } });
    assert.equal(res.status, 200);
  }

  before(async () => {
    sim = await startSimulator({ port: 0, seed: 7, participants: 40 });
    node = new GonkaNodeClient([sim.url], testOptions({ timeoutMs: 1000 }));
    tracker = new HyperfusionClient(sim.hyperfusionUrl, testOptions({ timeoutMs: 1000 }));
  });
  afterEach(async () => {
    await fetch(`${sim.url}/__sim/faults`, { method: 'DELETE' });
  });
  after(() => sim.close());

  it('reads every node and chain route, each with exactly one request', async () => {
    await fetch(`${sim.url}/__sim/reset`, { method: 'POST' });
    const clock = await node.latestEpoch();
    const current = await node.currentParticipants();
    assert.equal(current.epochId, clock.epochIndex);
    assert.ok(current.participants.length > 0 && current.participants.length <= 40);
    const previous = await node.epochParticipants(clock.epochIndex - 1);
    assert.equal(previous.epochId, clock.epochIndex - 1);

    const all = await node.allParticipants();
    assert.deepEqual(all.participants.map((p) => p.address).sort(), [...sim.addresses()].sort());
    const address = current.participants[0].address;
    assert.equal((await node.participant(address)).address, address);

    const summaries = await node.epochPerformanceSummaryAll(clock.epochIndex - 1);
    assert.ok(summaries.length > 0);
    assert.ok(summaries.every((s) => typeof s.rewardedCoins === 'bigint'));
    const one = await node.epochPerformanceSummary(clock.epochIndex - 1, summaries[0].address);
    assert.equal(one.rewardedCoins, summaries[0].rewardedCoins);

    assert.ok((await node.participantsStats()).length > 0);
    const hardware = await node.hardwareNodesAll();
    assert.ok(hardware.length > 0);
    assert.equal((await node.hardwareNodes(hardware[0].address)).address, hardware[0].address);
    await node.excludedParticipants(clock.epochIndex);

    const validators = await node.validators();
    assert.ok(validators.length > 0);
    assert.ok(validators.every((v) => v.accountAddress?.startsWith('gonka1')));
    const infos = await node.signingInfos();
    assert.ok(infos.length > 0);
    assert.equal((await node.signingInfo(infos[0].consensusAddress)).consensusAddress, infos[0].consensusAddress);
    assert.ok((await node.chainStatus()).latestBlockHeight >= clock.blockHeight);

    const routes = await stats();
    for (const [route, count] of Object.entries(routes)) assert.equal(count, 1, `${route} was called ${count} times`);
    assert.ok(Object.keys(routes).length >= 15);
  });

  it('reads the tracker routes', async () => {
    const epoch = await tracker.inferenceCurrent();
    assert.ok(epoch.participants.length > 0);
    const past = await tracker.inferenceEpoch(epoch.epochId - 1);
    assert.equal(past.epochId, epoch.epochId - 1);
    const details = await tracker.participant(epoch.participants[0].address, epoch.epochId);
    assert.equal(details.participant.address, epoch.participants[0].address);
  });

  it('probes host health through the inference URL', async () => {
    const current = await node.currentParticipants();
    const results = await Promise.all(current.participants.map((p) => node.hostHealth(p.inferenceUrl)));
    assert.ok(results.some((r) => r === true));
  });

  it('maps an unknown epoch to UpstreamNotFoundError', async () => {
    await assert.rejects(node.epochParticipants(1), UpstreamNotFoundError);
  });

  it('retries injected 500s and succeeds within three attempts', async () => {
    const before = (await stats())['/chain-rpc/status'] ?? 0;
    await fault({ route: '/chain-rpc/status', kind: 'http500', count: 2 });
    await node.chainStatus();
    assert.equal((await stats())['/chain-rpc/status'] - before, 3);
  });

  it('turns malformed and wrongly typed bodies into schema errors', async () => {
    await fault({ route: '/v1/epochs/latest', kind: 'malformed', count: 1 });
    await assert.rejects(node.latestEpoch(), UpstreamSchemaError);
    await fault({ route: '/v1/epochs/latest', kind: 'wrongTypes', count: 1 });
    await assert.rejects(node.latestEpoch(), UpstreamSchemaError);
    await fault({ route: '/hyperfusion/api/v1/inference/current', kind: 'wrongTypes', count: 1 });
    await assert.rejects(tracker.inferenceCurrent(), UpstreamSchemaError);
  });

  it('fails over from a hanging host to another URL within the timeout', async () => {
    // Two origins, one simulator: the first request hangs, the failover is answered.
    const port = new URL(sim.url).port;
    const client = new GonkaNodeClient([`http://127.0.0.1:${port}`, `http://localhost:${port}`], testOptions({ timeoutMs: 200 }));
    await fault({ route: '/chain-rpc/status', kind: 'hang', count: 1 });
    const t0 = performance.now();
    await client.chainStatus();
    assert.ok(performance.now() - t0 < 700);
  });

  it('reports the public rate limit as UpstreamRateLimitedError', async () => {
    const limited = await startSimulator({ port: 0, seed: 7, participants: 5, rateLimit: true });
    try {
      const client = new GonkaNodeClient([limited.url], testOptions({ maxAttempts: 1 }));
      let error: unknown;
      for (let i = 0; i < 15 && !error; i++) await client.latestEpoch().catch((e) => (error = e));
      assert.ok(error instanceof UpstreamRateLimitedError, `got ${String(error)}`);
      assert.ok((error.retryAfterMs ?? 0) > 0);
    } finally {
      await limited.close();
    }
  });
});
