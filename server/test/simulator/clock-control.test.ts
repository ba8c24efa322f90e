/** /__sim clock control: advance-clock moves simulated time, POST /__sim/clock pauses it (benchmarks' simulated hours). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startSimulator } from '../../src/simulator/index.js';
import { CHAIN, manualClock, okJson, send } from './helpers.js';

describe('simulator clock control', () => {
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
});
