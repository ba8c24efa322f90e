import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DowntimeMode, downtimeThreshold } from './downtime-test.rules.js';
import { ClaimStatus, claimStatus, epochVerdict, EpochVerdict, type EpochFacts } from './epoch-verdict.rules.js';

const busy = downtimeThreshold({ requests: 100_000, missed: 2_000, hosts: 300 }, 0.1); // 2% + 2 pp → governance 10%
const counts = (inferenceCount: number, missedRequests: number, invalidatedInferences = 0) => ({
  inferenceCount,
  missedRequests,
  validatedInferences: inferenceCount,
  invalidatedInferences,
});
const facts = (over: Partial<EpochFacts>): EpochFacts => ({
  reward: '0',
  inSummary: true,
  counts: counts(100, 0),
  exclusionReason: null,
  threshold: busy,
  ...over,
});

describe('epochVerdict', () => {
  it('ZERO_DOWNTIME with the counts, rate, threshold and the misses the test allows', () => {
    const v = epochVerdict(facts({ counts: counts(1, 5) }));
    assert.equal(v.verdict, EpochVerdict.ZERO_DOWNTIME);
    assert.equal(v.reason, "paid 0: 5 of 6 requests missed (83.3%), above the downtime threshold of 10.0% (the chain's test allows at most 2 missed of 6)");
  });

  it('exactly at the limit passes: 2 of 6 missed and paid 0 is not downtime', () => {
    assert.equal(epochVerdict(facts({ counts: counts(4, 2) })).verdict, EpochVerdict.UNKNOWN);
    assert.equal(epochVerdict(facts({ counts: counts(3, 3) })).verdict, EpochVerdict.ZERO_DOWNTIME);
  });

  it('an exclusion with an invalidation reason is ZERO_INVALID; another reason ZERO_EXCLUDED (exclusion outranks downtime)', () => {
    assert.equal(epochVerdict(facts({ exclusionReason: 'invalid inferences: statistical test', counts: counts(40, 0, 8) })).verdict, EpochVerdict.ZERO_INVALID);
    assert.equal(epochVerdict(facts({ exclusionReason: 'downtime', counts: counts(1, 5) })).verdict, EpochVerdict.ZERO_EXCLUDED);
  });

  it('not among the epoch’s hosts is ZERO_NOT_PARTICIPATING', () => {
    const v = epochVerdict(facts({ inSummary: false, counts: null }));
    assert.equal(v.verdict, EpochVerdict.ZERO_NOT_PARTICIPATING);
  });

  it('with the network itself failing the test is skipped: paid, and the reason says so', () => {
    const failing = downtimeThreshold({ requests: 10_000, missed: 4_900, hosts: 40 }, 0.1);
    assert.equal(failing.mode, DowntimeMode.SKIPPED);
    const v = epochVerdict(facts({ reward: '12.5', counts: counts(1, 5), threshold: failing }));
    assert.equal(v.verdict, EpochVerdict.PAID);
    assert.match(v.reason, /downtime test skipped \(network miss rate 49\.0%: the network itself failed\)/);
    assert.equal(v.test?.passed, true);
  });

  it('with too few network requests p0 is governance’s: the test still applies', () => {
    const small = downtimeThreshold({ requests: 6, missed: 5, hosts: 1 }, 0.1);
    assert.equal(small.mode, DowntimeMode.GOVERNANCE);
    assert.equal(epochVerdict(facts({ counts: counts(1, 5), threshold: small })).verdict, EpochVerdict.ZERO_DOWNTIME);
  });
});

describe('claimStatus', () => {
  it('a 0 reward is nothing to claim, never expired', () => {
    assert.equal(claimStatus('0.000000000', false, 10, 20), ClaimStatus.NOTHING_TO_CLAIM);
  });

  it('claimable only for epoch = current − 1; expired after; claimed stays claimed', () => {
    assert.equal(claimStatus('1.5', false, 19, 20), ClaimStatus.CLAIMABLE);
    assert.equal(claimStatus('1.5', false, 18, 20), ClaimStatus.EXPIRED);
    assert.equal(claimStatus('1.5', true, 18, 20), ClaimStatus.CLAIMED);
  });
});
