/** The chain's downtime rule: binomial tail in log space, dynamic p0 from network totals. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { binomialUpperTail, ceilToSupportedPermille, DOWNTIME_ALPHA, dynamicP0, passesDowntimeTest, type RequestCounts } from './downtime.js';

/** P(X ≥ k) for Binomial(n, num/den), exact in rationals, then divided once. */
function exactTail(k: number, n: number, num: bigint, den: bigint): number {
  let choose = 1n; // C(n, i), updated as i grows
  let sum = 0n;
  for (let i = 0; i <= n; i++) {
    if (i >= k) sum += choose * num ** BigInt(i) * (den - num) ** BigInt(n - i);
    choose = (choose * BigInt(n - i)) / BigInt(i + 1);
  }
  const scale = 10n ** 18n;
  return Number((sum * scale) / den ** BigInt(n)) / 1e18;
}

const hosts = (n: number, inferences: number, missed: number): RequestCounts[] => Array.from({ length: n }, () => ({ inferences, missed }));
const P0_10 = { value: '100', exponent: -3 };

describe('binomial upper tail', () => {
  it('matches the exact rational sum', () => {
    for (const [k, n] of [
      [0, 10],
      [1, 10],
      [15, 100],
      [16, 100],
      [24, 80],
      [61, 716],
      [90, 716],
      [300, 300],
    ]) {
      const exact = exactTail(k, n, 1n, 10n);
      const got = binomialUpperTail(k, n, 0.1);
      assert.ok(Math.abs(got - exact) <= 1e-12 + exact * 1e-9, `P(X≥${k} | ${n}, 0.1): ${got} vs exact ${exact}`);
    }
  });

  it('stays finite where direct products underflow', () => {
    const tail = binomialUpperTail(1, 5000, 0.5);
    assert.ok(Math.abs(tail - 1) < 1e-9, `P(X≥1 | 5000, 0.5) = ${tail}`);
    const far = binomialUpperTail(4000, 5000, 0.1);
    assert.ok(far >= 0 && far < 1e-300);
  });
});

describe('downtime test', () => {
  it('known verdicts at p0 = 0.1', () => {
    assert.equal(passesDowntimeTest({ inferences: 716 - 61, missed: 61 }, 0.1), true);
    assert.equal(passesDowntimeTest({ inferences: 80 - 24, missed: 24 }, 0.1), false);
    assert.equal(passesDowntimeTest({ inferences: 0, missed: 0 }, 0.1), true);
    assert.equal(passesDowntimeTest({ inferences: 0, missed: 3 }, 0.1), false);
  });

  it('the pass/fail boundary is where the exact p-value crosses alpha', () => {
    for (const n of [40, 100, 716]) {
      let boundary = 0; // first k whose exact tail is below alpha
      while (exactTail(boundary, n, 1n, 10n) >= DOWNTIME_ALPHA) boundary++;
      assert.equal(passesDowntimeTest({ inferences: n - (boundary - 1), missed: boundary - 1 }, 0.1), true, `n=${n}, k=${boundary - 1}`);
      assert.equal(passesDowntimeTest({ inferences: n - boundary, missed: boundary }, 0.1), false, `n=${n}, k=${boundary}`);
    }
    // Bin(100, 0.1): P(X ≥ 15) ≈ 0.073 passes, P(X ≥ 16) ≈ 0.040 fails.
    assert.equal(passesDowntimeTest({ inferences: 85, missed: 15 }, 0.1), true);
    assert.equal(passesDowntimeTest({ inferences: 84, missed: 16 }, 0.1), false);
  });
});

describe('dynamic p0', () => {
  it('rounds up to the supported permille values', () => {
    assert.deepEqual([0, 50, 51, 100, 101, 250, 500, 501].map(ceilToSupportedPermille), [50, 50, 100, 100, 200, 300, 500, 100]);
  });

  it('uses the governance floor on a quiet network', () => {
    assert.deepEqual(dynamicP0(hosts(4, 1000, 500), P0_10), { p0: 0.1, skipPunishment: false }); // < 5 participants
    assert.deepEqual(dynamicP0(hosts(10, 90, 9), P0_10), { p0: 0.1, skipPunishment: false }); // < 1000 requests
    assert.deepEqual(dynamicP0([...hosts(5, 200, 0), ...hosts(50, 0, 0)], { value: '6', exponent: -2 }), { p0: 0.1, skipPunishment: false });
  });

  it('follows the network miss rate plus 2 points, never below the floor', () => {
    assert.deepEqual(dynamicP0(hosts(10, 990, 10), P0_10), { p0: 0.1, skipPunishment: false }); // baseline 1% → 3% → 5%, floor 10%
    assert.deepEqual(dynamicP0(hosts(10, 900, 100), P0_10), { p0: 0.2, skipPunishment: false }); // 10% + 2 → 20%
    assert.deepEqual(dynamicP0(hosts(10, 700, 300), P0_10), { p0: 0.4, skipPunishment: false }); // 30% + 2 → 40%
    assert.deepEqual(dynamicP0(hosts(10, 500, 490), P0_10), { p0: 0.5, skipPunishment: true });
  });

  it('a governance p0 above 50 % applies as is', () => {
    assert.deepEqual(dynamicP0(hosts(10, 100, 900), { value: '6', exponent: -1 }), { p0: 0.6, skipPunishment: false });
  });
});
