import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareRealised } from './expected-vs-realised.rules.js';

describe('compareRealised', () => {
  it('holds each node of a request to its share and compares the mean, exactly', () => {
    const c = compareRealised({ perEpoch: '900.000000000', perDay: '939.130434783' }, 3, ['250', '350.000000001', '0']);
    assert.deepEqual(c, {
      expectedPerEpoch: '300.000000000',
      expectedPerDay: '313.043478261',
      realisedMedianPerEpoch: '250.000000000',
      // (250 + 350.000000001 + 0) / 3 = 200.000000000333…
      realisedMeanPerEpoch: '200.000000000',
      epochsCounted: 3,
      ratioPercent: '66.7',
    });
  });

  it('no settled epoch yet: the expectation alone', () => {
    const c = compareRealised({ perEpoch: '10', perDay: null }, 0, []);
    assert.deepEqual(c, {
      expectedPerEpoch: '10.000000000',
      expectedPerDay: null,
      realisedMedianPerEpoch: null,
      realisedMeanPerEpoch: null,
      epochsCounted: 0,
      ratioPercent: null,
    });
  });
});
