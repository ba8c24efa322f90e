import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatComparison } from './comparison-format.js';
import { deriveNodeStatus } from './node-status.js';

describe('formatComparison', () => {
  it('keeps the short form when it already shows the difference', () => {
    assert.deepEqual(formatComparison(0.85, 0.9, 2), ['0.85', '0.90']);
    assert.deepEqual(formatComparison(12.4, 10, 1), ['12.4', '10.0']);
  });

  it('adds digits until the two numbers differ visibly', () => {
    assert.deepEqual(formatComparison(0.897, 0.9, 2), ['0.897', '0.900']);
    assert.deepEqual(formatComparison(0.8996, 0.9, 2), ['0.8996', '0.9000']);
    assert.deepEqual(formatComparison(10.004, 10, 1), ['10.004', '10.000']);
  });

  it('stops at a bounded precision for (nearly) equal numbers', () => {
    assert.deepEqual(formatComparison(0.9, 0.9, 2), ['0.90', '0.90']);
    const [a, b] = formatComparison(0.9 - 1e-15, 0.9, 2);
    assert.ok(a.length <= 12 && b.length <= 12, `${a} vs ${b}`);
  });
});

describe('status reasons at the boundary', () => {
  it('confirmation PoC ratio just below 0.90 reads 0.897 < 0.900', () => {
    const v = deriveNodeStatus({ inCurrentEpoch: true, confirmationPocRatio: 0.897 });
    assert.equal(v.reason, 'confirmation PoC ratio 0.897 < 0.900');
  });

  it('missed and invalidation rates just above 10% show the digits that exceed it', () => {
    assert.equal(deriveNodeStatus({ inCurrentEpoch: true, missedRate: 0.10004 }).reason, 'missed rate 10.004% > 10.000%');
    assert.equal(deriveNodeStatus({ inCurrentEpoch: true, invalidationRate: 0.1000004 }).reason, 'invalidation rate 10.00004% > 10.00000%');
  });
});
