import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EpochPerformanceSummary } from '../../upstream/index.js';
import { epochSummary, rewardsOfTracked } from './settlement.rules.js';

function summary(address: string, rewardedCoins: bigint, claimed: boolean, earnedCoins = 0n): EpochPerformanceSummary {
  const counts = { inferenceCount: 10, missedRequests: 0, validatedInferences: 10, invalidatedInferences: 0, burnedCoins: 0n };
  return { ...counts, epochIndex: 7, address, rewardedCoins, earnedCoins, claimed, countsReported: true };
}

describe('epochSummary', () => {
  it('takes rewarded_coins as the income, never earned_coins (inference fees), with the counts', () => {
    const s = epochSummary([summary('gonka1a', 2_500_000_000n, true, 999n), summary('gonka1b', 0n, false, 12_345n)], {}, 0.1);
    const counts = { inferenceCount: 10, missedRequests: 0, validatedInferences: 10, invalidatedInferences: 0 };
    assert.deepEqual(s.hosts, {
      gonka1a: { reward: '2.500000000', claimed: true, counts },
      gonka1b: { reward: '0.000000000', claimed: false, counts },
    });
  });

  it('keeps a summary without counts as counts unknown (absent is not zero), and leaves it out of the network totals', () => {
    const s = epochSummary([{ ...summary('gonka1a', 5n, false), countsReported: false }, summary('gonka1b', 5n, false)], {}, 0.1);
    assert.equal(s.hosts.gonka1a.counts, null);
    assert.deepEqual(s.threshold.network, { requests: 10, missed: 0, hosts: 1 });
  });

  it('is empty for an epoch with no summaries', () => {
    assert.deepEqual(epochSummary([], {}, 0.1).hosts, {});
  });
});

describe('rewardsOfTracked', () => {
  const s = epochSummary(
    [summary('gonka1a', 1_000_000_001n, true), summary('gonka1paid0', 0n, false), summary('gonka1other', 7n, false)],
    { gonka1paid0: 'downtime' },
    0.1,
  );

  it("gives each tracked node its host's reward, claimed flag and verdict, in tracked order", () => {
    const tracked = [
      { id: 'node-b', identifier: 'gonka1paid0' },
      { id: 'node-a', identifier: 'gonka1a' },
    ];
    const out = rewardsOfTracked(s, tracked);
    assert.deepEqual(
      out.map((r) => [r.nodeId, r.reward, r.claimed, r.inSummary, r.exclusionReason, r.verdict.verdict]),
      [
        ['node-b', '0.000000000', false, true, 'downtime', 'ZERO_EXCLUDED'],
        ['node-a', '1.000000001', true, true, null, 'PAID'],
      ],
    );
  });

  it('a node not among the epoch’s hosts earned 0, has nothing claimed and did not participate', () => {
    const [r] = rewardsOfTracked(s, [{ id: 'node-x', identifier: 'gonka1absent' }]);
    assert.deepEqual([r.reward, r.claimed, r.inSummary, r.counts, r.verdict.verdict], ['0', false, false, null, 'ZERO_NOT_PARTICIPATING']);
  });

  it('writes nothing for no tracked nodes', () => {
    assert.deepEqual(rewardsOfTracked(s, []), []);
  });
});
