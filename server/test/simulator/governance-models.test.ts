/** `models_all`: the governance models over HTTP, in the chain's shape, and hosts that do not serve all of them. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MODELS } from '../../src/simulator/catalog.js';
import { startSimulator, type RunningSimulator } from '../../src/simulator/index.js';
import { assertSameShape, CHAIN, fixture, manualClock, okJson } from './helpers.js';

describe('simulator governance models', () => {
  let sim: RunningSimulator;

  before(async () => {
    sim = await startSimulator({ participants: 200, seed: 11, now: manualClock().now });
  });
  after(() => sim.close());

  it('serves models_all in the shape of the chain (int64 as strings, Decimal threshold), one entry per catalog model', async () => {
    const body = await okJson(sim.url, `${CHAIN}/models_all`);
    assertSameShape(body, fixture('synthetic-chain-api-inference-models-all.json'));
    assert.deepEqual(
      body.model.map((m: { id: string }) => m.id),
      MODELS.map(([id]) => id),
    );
    assert.equal(body.pagination.total, String(MODELS.length));
    for (const m of body.model) assert.match(m.v_ram, /^\d+$/);
  });

  it('lists every model a host serves this epoch, and some hosts serve fewer than all of them', async () => {
    const ids = new Set((await okJson(sim.url, `${CHAIN}/models_all`)).model.map((m: { id: string }) => m.id));
    const current = await okJson(sim.url, '/v1/epochs/current/participants');
    const participants: { models: string[] }[] = current.active_participants.participants;
    assert.ok(participants.length > 0);
    for (const p of participants) for (const model of p.models) assert.ok(ids.has(model), `${model} is not a governance model`);
    const partial = participants.filter((p) => p.models.length < ids.size);
    assert.ok(partial.length > 0, 'every host serves every governance model');
  });
});
