import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { binomialUpperTail, DowntimeMode, downtimeThreshold, maxMissedAllowed, networkTotals, passesDowntimeTest } from './downtime-test.rules.js';

const net = (requests: number, missed: number, hosts: number) => ({ requests, missed, hosts });

describe('binomialUpperTail', () => {
  it('matches exact small cases', () => {
    // P(X ≥ 1 | 2, 0.5) = 0.75; P(X ≥ 2 | 2, 0.5) = 0.25; P(X ≥ 0) = 1; k > n is impossible.
    assert.ok(Math.abs(binomialUpperTail(1, 2, 0.5) - 0.75) < 1e-12);
    assert.ok(Math.abs(binomialUpperTail(2, 2, 0.5) - 0.25) < 1e-12);
    assert.equal(binomialUpperTail(0, 10, 0.1), 1);
    assert.equal(binomialUpperTail(11, 10, 0.1), 0);
  });

  it('P(X ≥ 5 | 6, 0.1) = 6·0.1^5·0.9 + 0.1^6', () => {
    assert.ok(Math.abs(binomialUpperTail(5, 6, 0.1) - (6 * 1e-5 * 0.9 + 1e-6)) < 1e-15);
  });

  it('stays finite for large n (no overflow of the binomial coefficient)', () => {
    const tail = binomialUpperTail(100, 1255, 0.1);
    assert.ok(tail > 0.9 && tail <= 1);
    assert.ok(binomialUpperTail(600, 1255, 0.1) < 1e-100);
  });
});

describe('passesDowntimeTest', () => {
  it('0 requests always pass (the chain returns the reward untouched)', () => {
    assert.equal(passesDowntimeTest(0, 0, 0.1), true);
  });

  it('5 of 6 missed fails at p0 10%; 61 of 716 (8.5%) passes', () => {
    assert.equal(passesDowntimeTest(5, 6, 0.1), false);
    assert.equal(passesDowntimeTest(61, 716, 0.1), true);
  });

  it('a rate above p0 can still pass on few requests (it is a test, not a cut-off)', () => {
    assert.equal(passesDowntimeTest(2, 10, 0.1), true);
  });
});

describe('maxMissedAllowed', () => {
  it('is the boundary: that many misses pass, one more fails', () => {
    for (const [n, p0] of [
      [6, 0.1],
      [100, 0.1],
      [855, 0.1],
      [1255, 0.2],
    ] as const) {
      const k = maxMissedAllowed(n, p0);
      assert.equal(passesDowntimeTest(k, n, p0), true, `${k}/${n} passes`);
      assert.equal(passesDowntimeTest(k + 1, n, p0), false, `${k + 1}/${n} fails`);
    }
  });

  it('allows 2 misses of 6 at 10% (P(X ≥ 2) = 0.114 ≥ 0.05, P(X ≥ 3) = 0.016 < 0.05)', () => {
    assert.equal(maxMissedAllowed(6, 0.1), 2);
  });
});

describe('downtimeThreshold (getDynamicP0)', () => {
  it('uses governance p0 when the network had fewer than 1,000 requests', () => {
    const t = downtimeThreshold(net(999, 500, 50), 0.1);
    assert.deepEqual([t.mode, t.p0], [DowntimeMode.GOVERNANCE, 0.1]);
  });

  it('uses governance p0 when fewer than 5 hosts had requests', () => {
    const t = downtimeThreshold(net(100_000, 40_000, 4), 0.1);
    assert.deepEqual([t.mode, t.p0], [DowntimeMode.GOVERNANCE, 0.1]);
  });

  it('network miss rate + 2 pp, rounded up to the tables, never below governance', () => {
    // 3% + 2 pp = 5% → table 50‰, but governance 100‰ wins.
    assert.equal(downtimeThreshold(net(10_000, 300, 40), 0.1).p0, 0.1);
    // 12% + 2 pp = 14% → 200‰.
    const t = downtimeThreshold(net(10_000, 1_200, 40), 0.1);
    assert.deepEqual([t.mode, t.p0, t.networkMissedRate], [DowntimeMode.DYNAMIC, 0.2, 0.12]);
  });

  it('skips the test when p0 reaches 50% (the network itself is failing)', () => {
    const t = downtimeThreshold(net(10_000, 4_900, 40), 0.1);
    assert.deepEqual([t.mode, t.p0], [DowntimeMode.SKIPPED, 0.5]);
  });

  it('rounds a governance p0 between tables up (0.15 → 0.20), and uses one beyond the tables as it is', () => {
    assert.equal(downtimeThreshold(net(0, 0, 0), 0.15).p0, 0.2);
    assert.equal(downtimeThreshold(net(10_000, 4_900, 40), 0.6).p0, 0.6);
    assert.equal(downtimeThreshold(net(10_000, 4_900, 40), 0.6).mode, DowntimeMode.GOVERNANCE);
  });

  it('networkTotals counts only hosts with requests', () => {
    assert.deepEqual(
      networkTotals([
        { inferences: 10, missed: 2 },
        { inferences: 0, missed: 0 },
        { inferences: 0, missed: 3 },
      ]),
      { requests: 15, missed: 5, hosts: 2 },
    );
  });
});
