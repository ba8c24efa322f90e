import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { downtimeThreshold } from './downtime-test.rules.js';
import { epochRisk, RiskLevel, RiskReason, type LiveCounts } from './epoch-risk.rules.js';

const busy = downtimeThreshold({ requests: 100_000, missed: 2_000, hosts: 300 }, 0.1);
const live = (over: Partial<LiveCounts>): LiveCounts => ({
  inCurrentEpoch: true,
  participantStatus: 'ACTIVE',
  exclusionReason: null,
  inferenceCount: 100,
  missedRequests: 0,
  invalidatedInferences: 0,
  ...over,
});

describe('epochRisk', () => {
  it('AT_RISK when the test would fail if the epoch settled now', () => {
    const r = epochRisk(live({ inferenceCount: 1, missedRequests: 5 }), busy, false);
    assert.deepEqual([r.level, r.reasonCode, r.requests], [RiskLevel.AT_RISK, RiskReason.DOWNTIME_FAILING, 6]);
    assert.match(r.reason, /5 of 6 requests missed \(83\.3%\): fails the downtime test at 10\.0% \(at most 2 allowed\)/);
  });

  it('WATCH close to the limit, OK well within it', () => {
    const allowed = epochRisk(live({ inferenceCount: 100 }), busy, false).test!.maxMissedAllowed!;
    assert.equal(epochRisk(live({ missedRequests: allowed }), busy, false).level, RiskLevel.WATCH);
    assert.equal(epochRisk(live({ missedRequests: 1 }), busy, false).level, RiskLevel.OK);
  });

  it('WATCH on a high invalidation rate', () => {
    assert.equal(epochRisk(live({ invalidatedInferences: 15 }), busy, false).reasonCode, RiskReason.INVALIDATION_HIGH);
  });

  it('INVALID or excluded: the epoch is already lost', () => {
    assert.equal(epochRisk(live({ participantStatus: 'INVALID' }), busy, false).reasonCode, RiskReason.INVALID);
    assert.equal(epochRisk(live({ exclusionReason: 'downtime' }), busy, false).reasonCode, RiskReason.EXCLUDED);
    assert.equal(epochRisk(live({ exclusionReason: 'downtime' }), busy, false).level, RiskLevel.AT_RISK);
  });

  it('NOT_APPLICABLE when the network is failing (the chain skips the test) or the node is not in the epoch', () => {
    const failing = downtimeThreshold({ requests: 10_000, missed: 4_900, hosts: 40 }, 0.1);
    assert.equal(epochRisk(live({ inferenceCount: 1, missedRequests: 5 }), failing, false).reasonCode, RiskReason.NETWORK_FAILING);
    assert.equal(epochRisk(live({ inCurrentEpoch: false }), busy, false).reasonCode, RiskReason.NOT_PARTICIPATING);
  });

  it('stale data says so instead of OK', () => {
    const r = epochRisk(live({}), busy, true);
    assert.deepEqual([r.level, r.reasonCode], [RiskLevel.STALE, RiskReason.DATA_STALE]);
    assert.match(r.reason, /^live data is stale/);
  });

  it('no requests yet is OK; unknown counts claim nothing', () => {
    assert.equal(epochRisk(live({ inferenceCount: 0 }), busy, false).reasonCode, RiskReason.NO_REQUESTS);
    assert.equal(epochRisk(live({ inferenceCount: null }), busy, false).reasonCode, RiskReason.NO_DATA);
  });
});
