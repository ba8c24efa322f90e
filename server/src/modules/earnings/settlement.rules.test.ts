import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { epochEndHeight, type EpochState, epochsToFetch, ngonkaToGnk, syncWindow } from './settlement.rules.js';

describe('ngonkaToGnk', () => {
  it('1 GNK is 1e9 ngonka, always with 9 decimals', () => {
    assert.equal(ngonkaToGnk(1_000_000_000n), '1.000000000');
    assert.equal(ngonkaToGnk(5n), '0.000000005');
    assert.equal(ngonkaToGnk(48552031736571n), '48552.031736571');
  });

  it('a reward of 0 (downtime, invalid, excluded) is 0.000000000', () => {
    assert.equal(ngonkaToGnk(0n), '0.000000000');
  });

  it('is exact beyond what a float can hold', () => {
    assert.equal(ngonkaToGnk(9_007_199_254_740_993n), '9007199.254740993');
    assert.equal(ngonkaToGnk(123456789012345678901234567n), '123456789012345678.901234567');
  });

  it('keeps the sign of a negative amount', () => {
    assert.equal(ngonkaToGnk(-1_500_000_000n), '-1.500000000');
    assert.equal(ngonkaToGnk(-5n), '-0.000000005');
  });
});

describe('syncWindow', () => {
  it('has nothing settled while the current epoch is 0', () => {
    assert.equal(syncWindow(0, 14), null);
    assert.equal(syncWindow(-1, 14), null);
  });

  it('ends at the last settled epoch, current − 1, and spans the back-fill', () => {
    assert.deepEqual(syncWindow(100, 14), { first: 86, latestSettled: 99 });
    assert.deepEqual(syncWindow(1, 14), { first: 0, latestSettled: 0 });
  });

  it('starts at epoch 0 when the chain is younger than the back-fill', () => {
    assert.deepEqual(syncWindow(5, 14), { first: 0, latestSettled: 4 });
  });
});

describe('epochsToFetch', () => {
  const window = { first: 86, latestSettled: 99 };
  const st = (missing: boolean, unclaimed: boolean, claimsFinal = false): EpochState => ({ missing, unclaimed, claimsFinal });
  const complete = st(false, false);
  const states = (overrides: Record<number, EpochState> = {}, base: EpochState = complete) => {
    const map = new Map<number, EpochState>();
    for (let e = window.first; e <= window.latestSettled; e++) map.set(e, overrides[e] ?? base);
    return map;
  };

  it('back-fills newest first, within the per-run budget; only current − 1 is in its claim window', () => {
    assert.deepEqual(epochsToFetch(window, states({}, st(true, false)), 3), [
      { epoch: 99, claimWindow: true, fresh: true },
      { epoch: 98, claimWindow: false, fresh: false },
      { epoch: 97, claimWindow: false, fresh: false },
    ]);
  });

  it('fetches nothing when every tracked node has its row and the last reward is claimed', () => {
    assert.deepEqual(epochsToFetch(window, states(), 3), []);
  });

  it('re-reads the last settled epoch fresh while a reward of it is unclaimed (the claimed flag flips in the window)', () => {
    assert.deepEqual(epochsToFetch(window, states({ 99: st(false, true) }), 3), [{ epoch: 99, claimWindow: true, fresh: true }]);
  });

  it('reads an older unclaimed reward once more after its window closed, then never again (its flags are final)', () => {
    assert.deepEqual(epochsToFetch(window, states({ 98: st(false, true) }), 3), [{ epoch: 98, claimWindow: false, fresh: true }]);
    assert.deepEqual(epochsToFetch(window, states({ 98: st(false, true, true), 90: st(false, true, true) }), 3), []);
  });

  it('spends the budget only on epochs it fetches', () => {
    const gaps = states({ 95: st(true, false, true), 93: st(true, true, true), 88: st(true, false, true) });
    assert.deepEqual(epochsToFetch(window, gaps, 2), [
      { epoch: 95, claimWindow: false, fresh: false },
      { epoch: 93, claimWindow: false, fresh: false },
    ]);
    assert.deepEqual(
      epochsToFetch(window, gaps, 3).map((f) => f.epoch),
      [95, 93, 88],
    );
  });

  it('stays inside the window and skips epochs with no known state', () => {
    const missing = st(true, false);
    const sparse = new Map<number, EpochState>([
      [85, missing],
      [86, missing],
      [100, missing],
    ]);
    assert.deepEqual(epochsToFetch(window, sparse, 14), [{ epoch: 86, claimWindow: false, fresh: false }]);
  });

  it('fetches nothing with no budget left', () => {
    assert.deepEqual(epochsToFetch(window, states({}, st(true, true)), 0), []);
  });
});

describe('epochEndHeight', () => {
  const clock = { epochIndex: 158, epochStartHeight: 2_451_307, epochLength: 15_391 };

  it('the last settled epoch ended where the current one started', () => {
    assert.equal(epochEndHeight(157, clock), 2_451_307);
  });

  it('earlier epochs ended whole epochs of blocks before', () => {
    assert.equal(epochEndHeight(154, clock), 2_451_307 - 3 * 15_391);
    assert.equal(epochEndHeight(126, clock), 2_451_307 - 31 * 15_391);
  });
});
