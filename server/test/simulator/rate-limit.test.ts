/** Public-node limits when enabled: /v1 10 req/min and /chain-api 20 req/min per client IP. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSimulator, type RunningSimulator } from '../../src/simulator/index.js';
import { manualClock, okJson } from './helpers.js';

describe('simulator rate limiting', () => {
  const clock = manualClock();
  let sim: RunningSimulator;
  const status = async (path: string) => (await fetch(sim.url + path)).status;

  before(async () => {
    sim = await startSimulator({ participants: 20, rateLimit: true, now: clock.now });
  });
  after(() => sim.close());

  it('answers 429 with a JSON body on the 11th /v1 call within a minute', async () => {
    for (let i = 0; i < 10; i++) assert.equal(await status('/v1/epochs/latest'), 200, `call ${i + 1}`);
    const limited = await fetch(`${sim.url}/v1/epochs/current/participants`);
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    assert.equal(typeof ((await limited.json()) as any).message, 'string');
  });

  it('limits /chain-api at 20 per minute, separately from /v1', async () => {
    for (let i = 0; i < 20; i++) assert.equal(await status('/chain-api/cosmos/staking/v1beta1/validators'), 200, `call ${i + 1}`);
    const limited = await fetch(`${sim.url}/chain-api/productscience/inference/inference/participant`);
    assert.equal(limited.status, 429);
    assert.equal(((await limited.json()) as any).code, 8);
  });

  it('does not limit health, tracker or control routes', async () => {
    const address = sim.addresses()[0];
    for (let i = 0; i < 25; i++) assert.ok([200, 503].includes(await status(`/hosts/${address}/health`)));
    for (let i = 0; i < 25; i++) assert.equal(await status('/hyperfusion/api/v1/hello'), 200);
    const stats = await okJson(sim.url, '/__sim/stats');
    assert.equal(stats.routes['/v1/epochs/latest'], 10, 'limited requests are still counted');
  });

  it('allows requests again once the minute has passed', async () => {
    assert.equal(await status('/v1/epochs/latest'), 429);
    clock.advance(61_000);
    assert.equal(await status('/v1/epochs/latest'), 200);
  });
});
