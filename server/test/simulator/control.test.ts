/** /__sim control endpoints: request stats (per route and per page), fault injection of every kind, reset, advance-epoch, advance-clock, pausing the clock. */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startSimulator, type RunningSimulator } from '../../src/simulator/index.js';
import { CHAIN, manualClock, okJson, send } from './helpers.js';

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
    const secondPage = new URLSearchParams([['pagination.key', key], ['pagination.limit', '20']]).toString();
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

  it('POST /__sim/advance-clock moves simulated time: epochs end on their schedule and settle', async () => {
    const clock = manualClock();
    const other = await startSimulator({ participants: 20, now: clock.now }); // 3-min epochs, 30% in at start
    try {
      const start = await okJson(other.url, '/__sim/clock');
      assert.equal(start.progress, 0.3);
      const epoch = start.epoch as number;

      const minute = await send(other.url, 'POST', '/__sim/advance-clock', { ms: 60_000 });
      assert.equal(minute.status, 200);
      assert.equal(minute.body.epoch, epoch);
      assert.equal(minute.body.epochs_ended, 0);
      assert.equal(minute.body.offset_ms, 60_000);
      assert.ok(Math.abs(minute.body.progress - (0.3 + 1 / 3)) < 1e-9);
      assert.equal((await okJson(other.url, `${CHAIN}/epoch_performance_summary/${epoch}`)).epochPerformanceSummary.length, 0, 'not settled yet');

      const hour = await send(other.url, 'POST', '/__sim/advance-clock', { ms: 3_600_000 });
      assert.equal(hour.body.epochs_ended, 20); // 0.633 + 20 epochs of 3 min
      assert.equal(hour.body.epoch, epoch + 20);
      assert.equal((await okJson(other.url, '/v1/epochs/latest')).latest_epoch.index, epoch + 20);
      assert.ok((await okJson(other.url, `${CHAIN}/epoch_performance_summary/${epoch + 19}`)).epochPerformanceSummary.length > 0);
      assert.ok(hour.body.block_height > minute.body.block_height);

      other.advanceTime(180_000); // the same, in process
      assert.equal((await okJson(other.url, '/__sim/clock')).epoch, epoch + 21);
      // The underlying clock still counts too.
      clock.advance(180_000);
      assert.equal((await okJson(other.url, '/__sim/clock')).epoch, epoch + 22);

      for (const bad of [{ ms: -1 }, { ms: 1.5 }, { seconds: 60 }, {}, { ms: 8 * 24 * 3_600_000 }]) {
        assert.equal((await send(other.url, 'POST', '/__sim/advance-clock', bad)).status, 400, JSON.stringify(bad));
      }
      assert.throws(() => other.advanceTime(-5), RangeError);
    } finally {
      await other.close();
    }
  });

  it('POST /__sim/clock {paused} stops simulated time following the wall clock; advances still move it', async () => {
    const clock = manualClock();
    const other = await startSimulator({ participants: 20, now: clock.now });
    try {
      const start = await okJson(other.url, '/__sim/clock');
      const paused = await send(other.url, 'POST', '/__sim/clock', { paused: true });
      assert.equal(paused.status, 200);
      assert.equal(paused.body.paused, true);
      clock.advance(600_000); // ten wall-clock minutes
      const still = await okJson(other.url, '/__sim/clock');
      assert.equal(still.epoch, start.epoch);
      assert.equal(still.block_height, start.block_height);

      const moved = await send(other.url, 'POST', '/__sim/advance-clock', { ms: 60_000 });
      assert.equal(moved.body.paused, true);
      assert.ok(Math.abs(moved.body.progress - (start.progress + 1 / 3)) < 1e-9);
      assert.equal(moved.body.offset_ms, 60_000 - 600_000, 'simulated time is behind the wall clock now');

      const resumed = await send(other.url, 'POST', '/__sim/clock', { paused: false });
      assert.equal(resumed.body.paused, false);
      assert.equal(resumed.body.block_height, moved.body.block_height, 'resumes from where it stood');
      clock.advance(120_000); // 0.3 + 1/3 + 2/3 of an epoch
      assert.equal((await okJson(other.url, '/__sim/clock')).epoch, start.epoch + 1);

      other.pauseClock(true); // in process
      clock.advance(3_600_000);
      assert.equal((await okJson(other.url, '/__sim/clock')).epoch, start.epoch + 1);
      assert.equal((await send(other.url, 'POST', '/__sim/clock', { paused: 'yes' })).status, 400);
      assert.equal((await send(other.url, 'POST', '/__sim/clock', {})).status, 400);
    } finally {
      await other.close();
    }
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
