/** /__sim control endpoints: request stats (per route and per page), fault injection of every kind, reset, advance-epoch. The clock: clock-control.test.ts. */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startSimulator, type RunningSimulator } from '../../src/simulator/index.js';
import { CHAIN, okJson, send } from './helpers.js';

describe('simulator control endpoints', () => {
  let sim: RunningSimulator;
  const addFault = async (fault: Record<string, unknown>) => assert.equal((await send(sim.url, 'POST', '/__sim/faults', fault)).status, 200);

  before(async () => {
    sim = await startSimulator({ participants: 50 });
  });
  beforeEach(() => send(sim.url, 'POST', '/__sim/reset'));
  after(() => sim.close());

  it('counts requests per route pattern, including errors, but not /__sim itself', async () => {
    const [a, b] = sim.addresses();
    await okJson(sim.url, '/v1/epochs/latest');
    await okJson(sim.url, '/v1/epochs/latest');
    await okJson(sim.url, `${CHAIN}/participant/${a}`);
    await okJson(sim.url, `${CHAIN}/participant/${b}`);
    await fetch(`${sim.url}/nope`);
    await okJson(sim.hyperfusionUrl, '/api/v1/inference/current');
    await addFault({ route: '/chain-rpc/status', kind: 'http500' });
    assert.equal((await fetch(`${sim.url}/chain-rpc/status`)).status, 500);
    const stats = await okJson(sim.url, '/__sim/stats');
    assert.deepEqual(stats, {
      routes: {
        '/v1/epochs/latest': 2,
        [`${CHAIN}/participant/{address}`]: 2,
        '<unmatched>': 1,
        '/hyperfusion/api/v1/inference/current': 1,
        '/chain-rpc/status': 1,
      },
      total: 7,
    });
  });

  it('http500 and http429 faults, limited by count, in the upstream error style', async () => {
    await addFault({ route: '/v1/epochs/latest', kind: 'http500', count: 1 });
    const failed = await fetch(`${sim.url}/v1/epochs/latest`);
    assert.equal(failed.status, 500);
    assert.ok('message' in ((await failed.json()) as object));
    assert.equal((await fetch(`${sim.url}/v1/epochs/latest`)).status, 200, 'count: 1 applies once');

    await addFault({ route: '/chain-api', kind: 'http429' }); // a prefix
    const limited = await fetch(`${sim.url}/chain-api/cosmos/staking/v1beta1/validators`);
    assert.equal(limited.status, 429);
    assert.equal(((await limited.json()) as any).code, 8);
    assert.equal((await fetch(`${sim.url}/v1/epochs/latest`)).status, 200, 'other routes unaffected');
  });

  it('hang never answers until faults are cleared; slow answers after delayMs', async () => {
    await addFault({ route: '/chain-rpc/status', kind: 'hang' });
    await assert.rejects(fetch(`${sim.url}/chain-rpc/status`, { signal: AbortSignal.timeout(300) }));
    const pending = fetch(`${sim.url}/chain-rpc/status`).then(
      () => 'answered',
      () => 'dropped',
    );
    await send(sim.url, 'DELETE', '/__sim/faults');
    assert.equal(await pending, 'dropped');
    assert.equal((await fetch(`${sim.url}/chain-rpc/status`)).status, 200);

    await addFault({ route: '*', kind: 'slow', delayMs: 250, count: 1 });
    const started = Date.now();
    const res = await fetch(`${sim.hyperfusionUrl}/api/v1/hello`);
    assert.equal(res.status, 200);
    assert.ok(Date.now() - started >= 240, 'slow waits delayMs');
  });

  it('malformed sends truncated JSON with 200; wrongTypes keeps keys but changes value types', async () => {
    await addFault({ route: '/v1/epochs/latest', kind: 'malformed', count: 1 });
    const bad = await fetch(`${sim.url}/v1/epochs/latest`);
    assert.equal(bad.status, 200);
    const text = await bad.text();
    assert.throws(() => JSON.parse(text));
    assert.ok(text.startsWith('{"block_height":'));

    const good = await okJson(sim.url, '/v1/epochs/latest');
    await addFault({ route: '/v1/epochs/latest', kind: 'wrongTypes', count: 1 });
    const wrong = await okJson(sim.url, '/v1/epochs/latest');
    assert.deepEqual(Object.keys(wrong), Object.keys(good));
    assert.notEqual(typeof wrong.block_height, 'number');
    assert.notEqual(typeof wrong.phase, 'string');
    assert.notEqual(typeof wrong.latest_epoch.index, 'number');
  });

  it('rejects invalid fault specs; reset clears faults and stats', async () => {
    assert.equal((await send(sim.url, 'POST', '/__sim/faults', { route: '*', kind: 'explode' })).status, 400);
    await addFault({ route: '*', kind: 'http500' });
    assert.equal((await fetch(`${sim.url}/v1/epochs/latest`)).status, 500);
    await send(sim.url, 'POST', '/__sim/reset');
    assert.equal((await fetch(`${sim.url}/v1/epochs/latest`)).status, 200);
    assert.deepEqual(await okJson(sim.url, '/__sim/stats'), { routes: { '/v1/epochs/latest': 1 }, total: 1 });
  });

  it('POST /__sim/advance-epoch settles the current epoch', async () => {
    const before = (await okJson(sim.url, '/v1/epochs/latest')).latest_epoch.index;
    const res = await send(sim.url, 'POST', '/__sim/advance-epoch');
    assert.equal(res.body.epoch, before + 1);
    assert.equal((await okJson(sim.url, '/v1/epochs/latest')).latest_epoch.index, before + 1);
    assert.ok((await okJson(sim.url, `${CHAIN}/epoch_performance_summary/${before}`)).epochPerformanceSummary.length > 0);
  });

  it('GET /__sim/stats/pages tells the pages of a paginated list from the same page read twice', async () => {
    const VALIDATORS = '/chain-api/cosmos/staking/v1beta1/validators';
    const first = await okJson(sim.url, `${VALIDATORS}?pagination.limit=20`);
    const key = first.pagination.next_key as string;
    assert.ok(key, 'a second page exists');
    await okJson(sim.url, `${VALIDATORS}?pagination.limit=20&pagination.key=${encodeURIComponent(key)}`);
    await okJson(sim.url, `${VALIDATORS}?pagination.key=${encodeURIComponent(key)}&pagination.limit=20`); // same page, other order
    await okJson(sim.url, '/chain-api/cosmos/slashing/v1beta1/signing_infos'); // no pagination parameters
    const secondPage = new URLSearchParams([
      ['pagination.key', key],
      ['pagination.limit', '20'],
    ]).toString();
    assert.deepEqual(await okJson(sim.url, '/__sim/stats/pages'), {
      routes: { [VALIDATORS]: { 'pagination.limit=20': 1, [secondPage]: 2 } },
    });
    // /__sim/stats keeps its shape: one count per route pattern.
    assert.deepEqual(await okJson(sim.url, '/__sim/stats'), {
      routes: { [VALIDATORS]: 3, '/chain-api/cosmos/slashing/v1beta1/signing_infos': 1 },
      total: 4,
    });
    await send(sim.url, 'POST', '/__sim/reset');
    assert.deepEqual(await okJson(sim.url, '/__sim/stats/pages'), { routes: {} });
  });

  it('close() ends promptly even with a hung request', async () => {
    const other = await startSimulator({ participants: 5 });
    await send(other.url, 'POST', '/__sim/faults', { route: '*', kind: 'hang' });
    const pending = fetch(`${other.url}/v1/epochs/latest`).then(
      () => 'answered',
      () => 'dropped',
    );
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await other.close();
    assert.ok(Date.now() - started < 1000);
    assert.equal(await pending, 'dropped');
  });
});
