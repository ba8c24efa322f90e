import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { GonkaNodeClient } from '../../src/upstream/index.js';
import { startDeadline } from '../../src/upstream/http/deadline.js';
import { FakeUpstream, fixture } from './helpers/fake-upstream.js';
import { recordEvents, testOptions } from './helpers/test-options.js';

/** Keeps the event loop busy, as parsing a multi-megabyte body or building a 10k-node view does. */
function block(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy
  }
}

const fired = (ms: number): Promise<number> =>
  new Promise((resolve) => {
    const t0 = performance.now();
    startDeadline(ms, () => resolve(performance.now() - t0));
  });

/** Attempt deadlines measure the host: time our own event loop was blocked is not charged to it. */
describe('upstream attempt deadline', () => {
  const started: FakeUpstream[] = [];
  after(() => Promise.all(started.map((s) => s.close())));

  it('fires after the given time when the process is idle', async () => {
    const elapsed = await fired(150);
    assert.ok(elapsed >= 145 && elapsed < 400, `fired after ${elapsed} ms`);
  });

  it('does not charge a blocked event loop to the host', async () => {
    const t0 = performance.now();
    const pending = fired(200);
    block(600);
    const blockedUntil = performance.now() - t0;
    const elapsed = await pending;
    // At most 2 ticks (100 ms) of the blocked 600 ms were charged: ~100 ms of free time remain.
    assert.ok(elapsed >= blockedUntil + 60, `fired ${elapsed - blockedUntil} ms after the block ended`);
    assert.ok(elapsed < blockedUntil + 400, `fired ${elapsed - blockedUntil} ms after the block ended`);
  });

  it('can be cancelled', async () => {
    let hit = false;
    const cancel = startDeadline(50, () => (hit = true));
    cancel();
    await new Promise((r) => setTimeout(r, 120));
    assert.equal(hit, false);
  });

  it('a host that answers in time is not failed over because this process was busy meanwhile', async () => {
    const node = await FakeUpstream.start({ '/chain-rpc/status': { delayMs: 100, then: { json: fixture('synthetic-chain-rpc-status.json') } } });
    started.push(node);
    const { events, onRequest } = recordEvents();
    const client = new GonkaNodeClient([node.url], testOptions({ timeoutMs: 200, onRequest }));
    const call = client.chainStatus();
    await new Promise((r) => setTimeout(r, 20)); // the request is on its way
    block(500); // the answer arrives at ~100 ms, but we only look at ~520 ms: 2.6× the deadline in wall time
    assert.equal((await call).latestBlockHeight, 1634323);
    assert.equal(node.hits('/chain-rpc/status'), 1, 'no retry');
    assert.deepEqual(
      events.map((e) => e.outcome),
      ['success'],
    );
  });

  it('a host that does not answer still times out within about the deadline', async () => {
    const node = await FakeUpstream.start({ '/chain-rpc/status': { hang: true } });
    started.push(node);
    const client = new GonkaNodeClient([node.url], testOptions({ timeoutMs: 150, maxAttempts: 1 }));
    const t0 = performance.now();
    await assert.rejects(client.chainStatus(), (e: Error & { reason?: string }) => e.reason === 'timeout');
    const elapsed = performance.now() - t0;
    assert.ok(elapsed >= 140 && elapsed < 400, `took ${elapsed} ms`);
  });
});
