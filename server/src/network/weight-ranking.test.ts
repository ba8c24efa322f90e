import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rankWeights } from './weight-ranking.js';

test('share is weight over the total and rank 1 is the largest', () => {
  const s = rankWeights(
    new Map([
      ['a', 100],
      ['b', 300],
      ['c', 600],
    ]),
  );
  assert.deepEqual(s.get('c'), { share: 0.6, rank: 1, of: 3 });
  assert.deepEqual(s.get('b'), { share: 0.3, rank: 2, of: 3 });
  assert.deepEqual(s.get('a'), { share: 0.1, rank: 3, of: 3 });
});

test('equal weights share a rank and the next one skips', () => {
  const s = rankWeights(
    new Map([
      ['a', 50],
      ['b', 50],
      ['c', 10],
      ['d', 50],
    ]),
  );
  assert.deepEqual(
    [...'abcd'].map((k) => s.get(k)!.rank),
    [1, 1, 4, 1],
  );
});

test('a zero total gives no share but still ranks', () => {
  const s = rankWeights(
    new Map([
      ['a', 0],
      ['b', 0],
    ]),
  );
  assert.deepEqual(s.get('a'), { share: null, rank: 1, of: 2 });
  assert.deepEqual(s.get('b'), { share: null, rank: 1, of: 2 });
});

test('no weights, no standings', () => {
  assert.equal(rankWeights(new Map()).size, 0);
});
