/** Benchmark scale: 10,000 participants start quickly and bulk routes answer well under a second. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSimulator, type RunningSimulator } from '../../src/simulator/index.js';
import { CHAIN } from './helpers.js';

async function timedJson(url: string): Promise<{ ms: number; body: any }> {
  const started = performance.now();
  const res = await fetch(url);
  const text = await res.text();
  const ms = performance.now() - started;
  assert.equal(res.status, 200);
  return { ms, body: JSON.parse(text) };
}

describe('simulator at 10,000 participants', () => {
  let sim: RunningSimulator;
  let startMs: number;

  before(async () => {
    const started = performance.now();
    sim = await startSimulator({ participants: 10_000, seed: 3 });
    startMs = performance.now() - started;
  });
  after(() => sim.close());

  it('starts in a few seconds at most', () => {
    assert.equal(sim.addresses().length, 10_000);
    assert.ok(startMs < 5_000, `start took ${startMs.toFixed(0)} ms`);
  });

  it('serves the bulk routes in well under a second', async () => {
    const routes = {
      participants: `${sim.url}/v1/epochs/current/participants`,
      chainList: `${sim.url}${CHAIN}/participant?pagination.limit=10000`,
      validators: `${sim.url}/chain-api/cosmos/staking/v1beta1/validators?pagination.limit=10000`,
      tracker: `${sim.hyperfusionUrl}/api/v1/inference/current`,
    };
    // First round checks content (and absorbs JIT warm-up on a loaded CI box)...
    const first = await timedJson(routes.participants);
    assert.ok(first.body.active_participants.participants.length > 9_000);
    assert.equal((await timedJson(routes.chainList)).body.participant.length, 10_000);
    assert.equal((await timedJson(routes.validators)).body.validators.length, 10_000);
    assert.ok((await timedJson(routes.tracker)).body.participants.length > 9_000);
    // ...the second measures steady state: per-epoch state is memoized, not rebuilt per request.
    for (const [name, url] of Object.entries(routes)) {
      const { ms } = await timedJson(url);
      assert.ok(ms < 1_000, `${name} took ${ms.toFixed(0)} ms`);
    }
    sim.advanceEpoch();
    const summary = await timedJson(`${sim.url}${CHAIN}/epoch_performance_summary/158`);
    assert.ok(summary.body.epochPerformanceSummary.length > 9_000);
    assert.ok(summary.ms < 2_000, `settlement + summary took ${summary.ms.toFixed(0)} ms`);
  });
});
