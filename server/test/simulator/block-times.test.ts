/** Block times follow the simulator's own clock: `/chain-rpc/block`, `/chain-rpc/status` and the epoch heights agree. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HISTORY_EPOCH_MS } from '../../src/simulator/clock.js';
import { startSimulator } from '../../src/simulator/index.js';
import { GonkaNodeClient } from '../../src/upstream/index.js';
import { testOptions } from '../upstream/helpers/test-options.js';
import { manualClock, okJson, send } from './helpers.js';

const EPOCH_BLOCKS = 15_391;
const BLOCK_MS = 20; // 15,391 blocks of 20 ms: whole-millisecond block times

describe('simulator block times', () => {
  it('a block is dated when the clock made it; an epoch ended early made its last blocks at that instant', async () => {
    const clock = manualClock();
    const sim = await startSimulator({ participants: 20, now: clock.now, epochDurationMs: EPOCH_BLOCKS * BLOCK_MS });
    const node = new GonkaNodeClient([sim.url], testOptions({ timeoutMs: 1000 }));
    try {
      const started = clock.now() - 0.3 * EPOCH_BLOCKS * BLOCK_MS; // the simulator starts 30% into an epoch
      const epoch = await okJson(sim.url, '/v1/epochs/latest');
      const start = epoch.latest_epoch.poc_start_block_height;
      assert.equal((await node.block(start)).time.getTime(), started);
      assert.equal((await node.block(start + 100)).time.getTime(), started + 100 * BLOCK_MS);
      // Epochs before the start are the settled history, at the real ~24 h cadence.
      assert.equal((await node.block(start - EPOCH_BLOCKS)).time.getTime(), started - HISTORY_EPOCH_MS, 'history at the real cadence');
      assert.equal((await node.block(start - 1)).time.getTime(), Math.floor(started - HISTORY_EPOCH_MS / EPOCH_BLOCKS), 'blocks of the history at its pace');

      clock.advance(BLOCK_MS / 2); // between two blocks: the latest block is the one made before
      const status = (await okJson(sim.url, '/chain-rpc/status')).result.sync_info;
      const latest = Number(status.latest_block_height);
      assert.equal(latest, epoch.block_height);
      assert.equal(Date.parse(status.latest_block_time), started + (latest - start) * BLOCK_MS);
      const noHeight = await okJson(sim.url, '/chain-rpc/block');
      assert.equal(noHeight.result.block.header.height, String(latest));
      assert.equal(noHeight.result.block.header.time, status.latest_block_time);

      const future = await send(sim.url, 'GET', `/chain-rpc/block?height=${latest + 1}`);
      assert.equal(future.status, 500);
      assert.match(future.body.error.data, /must be less than or equal to the current blockchain height/);
      assert.equal((await send(sim.url, 'GET', '/chain-rpc/block?height=abc')).status, 500);

      const cut = clock.now();
      sim.advanceEpoch();
      const next = start + EPOCH_BLOCKS;
      assert.equal((await node.block(next)).time.getTime(), cut, 'the next epoch starts at the cut');
      assert.equal((await node.block(next - 1)).time.getTime(), cut, 'blocks the ended epoch had left came at once');
      assert.equal((await node.block(latest)).time.getTime(), started + (latest - start) * BLOCK_MS, 'blocks made before keep their time');
    } finally {
      await sim.close();
    }
  });
});
