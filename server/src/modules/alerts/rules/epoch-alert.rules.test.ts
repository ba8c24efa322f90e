import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimWindowCloses, closingClaims, earningsDrop, expiredRewards, medianNgonka, type OutcomeFact, zeroRewards } from './epoch-alert.rules.js';

const row = (over: Partial<OutcomeFact>): OutcomeFact => ({
  nodeId: 'n1',
  epoch: 9,
  reward: '10.000000000',
  claimed: false,
  verdict: 'PAID',
  verdictReason: 'paid',
  claimsFinal: false,
  fresh: true,
  ...over,
});

test('zero reward: only epochs stored in this refresh, and only the latest settled', () => {
  const rows = [row({ reward: '0.000000000' }), row({ epoch: 5, reward: '0.000000000' }), row({ epoch: 9, reward: '0.000000000', fresh: false }), row({})];
  assert.deepEqual(
    zeroRewards(rows, 10).map((r) => r.epoch),
    [9],
  );
});

test('expired: positive, unclaimed, window closed (current − 2) with final flags', () => {
  const rows = [
    row({ epoch: 8, claimsFinal: true }),
    row({ epoch: 8, claimed: true, claimsFinal: true }),
    row({ epoch: 8 }),
    row({ epoch: 8, reward: '0', claimsFinal: true }),
  ];
  assert.equal(expiredRewards(rows, 10).length, 1);
});

test('claim window closing within the recipient’s hours', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  const closes = new Date('2026-12-01T05:00:00Z');
  const rows = [row({}), row({ claimed: true }), row({ epoch: 8 })];
  assert.equal(closingClaims(rows, 10, closes, now, () => 6).length, 1);
  assert.equal(closingClaims(rows, 10, closes, now, () => 4).length, 0);
  assert.equal(closingClaims(rows, 10, null, now, () => 6).length, 0);
});

test('claimWindowCloses from the chain clock', () => {
  const at = new Date('2026-12-01T00:00:00Z');
  const view = { chainClock: { epochIndex: 10, epochStartHeight: 1000, blockHeight: 1050, epochLength: 100 }, epochSeconds: 1000 };
  assert.equal(claimWindowCloses(view, at)?.toISOString(), '2026-12-01T00:08:20.000Z');
  assert.equal(claimWindowCloses({ chainClock: null, epochSeconds: null }, at), null);
});

test('earnings drop: below the share of the median of the last paid epochs', () => {
  const history = ['10.000000000', '12.000000000', '8.000000000', '11.000000000'];
  assert.equal(medianNgonka([3n, 1n, 2n]), 2n);
  assert.equal(earningsDrop(row({ reward: '4.000000000' }), history, 0.5), 10_000_000_000n);
  assert.equal(earningsDrop(row({ reward: '6.000000000' }), history, 0.5), null);
  assert.equal(earningsDrop(row({ reward: '0.000000000' }), history, 0.5), null, 'zero is its own alert');
  assert.equal(earningsDrop(row({ reward: '1.000000000' }), history.slice(0, 2), 0.5), null, 'too little history');
  assert.equal(earningsDrop(row({ reward: '1.000000000', fresh: false }), history, 0.5), null, 'not news');
});
