import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deriveNodeStatus, invalidationRateOf, missedRateOf, type NodeStatusFacts } from './node-status.js';

const healthy: NodeStatusFacts = {
  validatorJailed: false,
  jailedUntil: null,
  inCurrentEpoch: true,
  healthCheckPassed: true,
  participantStatus: 'ACTIVE',
  excludedThisEpoch: null,
  missedRate: 0.02,
  invalidationRate: 0,
  confirmationPocRatio: 1,
};

function statusOf(patch: Partial<NodeStatusFacts>) {
  return deriveNodeStatus({ ...healthy, ...patch });
}

describe('deriveNodeStatus rules', () => {
  it('HEALTHY when every check passes', () => {
    assert.deepEqual(statusOf({}), { status: 'HEALTHY', ruleCode: 'ALL_CHECKS_PASSED', reason: 'all checks passed', details: {}, jailedUntil: null });
  });

  it('unknown facts never degrade the status', () => {
    const v = deriveNodeStatus({ inCurrentEpoch: true });
    assert.equal(v.status, 'HEALTHY');
    assert.equal(statusOf({ validatorJailed: null, healthCheckPassed: null, missedRate: null, confirmationPocRatio: null }).status, 'HEALTHY');
  });

  it('JAILED carries jailed_until', () => {
    const until = new Date('2025-12-08T14:06:28Z');
    const v = statusOf({ validatorJailed: true, jailedUntil: until });
    assert.equal(v.status, 'JAILED');
    assert.equal(v.ruleCode, 'VALIDATOR_JAILED');
    assert.equal(v.jailedUntil, until);
    assert.equal(v.reason, 'validator jailed until 2025-12-08T14:06:28.000Z');
    assert.equal(statusOf({ validatorJailed: true }).reason, 'validator jailed');
  });

  it('OFFLINE when not in the current epoch', () => {
    const v = statusOf({ inCurrentEpoch: false });
    assert.equal(v.status, 'OFFLINE');
    assert.equal(v.ruleCode, 'NOT_IN_CURRENT_EPOCH');
  });

  it('OFFLINE when the health check fails', () => {
    assert.deepEqual([statusOf({ healthCheckPassed: false }).status, statusOf({ healthCheckPassed: false }).ruleCode], ['OFFLINE', 'HEALTH_CHECK_FAILED']);
  });

  it('UNHEALTHY for INVALID and INACTIVE participants, not for other statuses', () => {
    assert.equal(statusOf({ participantStatus: 'INVALID' }).ruleCode, 'PARTICIPANT_INVALID');
    assert.equal(statusOf({ participantStatus: 'INACTIVE' }).ruleCode, 'PARTICIPANT_INACTIVE');
    assert.equal(statusOf({ participantStatus: 'INACTIVE' }).status, 'UNHEALTHY');
    assert.equal(statusOf({ participantStatus: 'RAMPING' }).status, 'HEALTHY');
  });

  it('UNHEALTHY when excluded this epoch, with the chain reason', () => {
    const v = statusOf({ excludedThisEpoch: { reason: 'downtime' } });
    assert.equal(v.status, 'UNHEALTHY');
    assert.equal(v.ruleCode, 'EXCLUDED_THIS_EPOCH');
    assert.equal(v.reason, 'excluded from the current epoch (downtime)');
  });

  it('UNHEALTHY above 10% missed rate; exactly 10% passes', () => {
    const v = statusOf({ missedRate: 0.124 });
    assert.deepEqual([v.status, v.ruleCode, v.reason], ['UNHEALTHY', 'MISSED_RATE', 'missed rate 12.4% > 10.0%']);
    assert.equal(statusOf({ missedRate: 0.1 }).status, 'HEALTHY');
    assert.equal(statusOf({ missedRate: 0.10004 }).reason, 'missed rate 10.004% > 10.000%');
  });

  it('UNHEALTHY above 10% invalidation rate', () => {
    const v = statusOf({ invalidationRate: 0.11 });
    assert.deepEqual([v.status, v.ruleCode, v.reason], ['UNHEALTHY', 'INVALIDATION_RATE', 'invalidation rate 11.0% > 10.0%']);
  });

  it('UNHEALTHY below 0.9 confirmation-PoC ratio; 0.9 passes', () => {
    const v = statusOf({ confirmationPocRatio: 0.85 });
    assert.deepEqual([v.status, v.ruleCode, v.reason], ['UNHEALTHY', 'CONFIRMATION_POC_RATIO', 'confirmation PoC ratio 0.85 < 0.90']);
    assert.equal(statusOf({ confirmationPocRatio: 0.9 }).status, 'HEALTHY');
  });

  it('gives the figures each reason is worded from (clients word it in their language)', () => {
    const jailed = statusOf({ validatorJailed: true, jailedUntil: new Date('2026-12-01T08:41:10.461Z') });
    assert.deepEqual(jailed.details, { jailedUntil: '2026-12-01T08:41:10.461Z' });
    assert.deepEqual(statusOf({ validatorJailed: true }).details, {});
    assert.deepEqual(statusOf({ participantStatus: 'INACTIVE' }).details, { participantStatus: 'INACTIVE' });
    assert.deepEqual(statusOf({ excludedThisEpoch: { reason: 'downtime' } }).details, { exclusionReason: 'downtime' });
    assert.deepEqual(statusOf({ excludedThisEpoch: { reason: '' } }).details, {});
    assert.deepEqual(statusOf({ missedRate: 0.124 }).details, { missedRate: 0.124, threshold: 0.1 });
    assert.deepEqual(statusOf({ invalidationRate: 0.11 }).details, { invalidationRate: 0.11, threshold: 0.1 });
    assert.deepEqual(statusOf({ confirmationPocRatio: 0.85 }).details, { confirmationPocRatio: 0.85, threshold: 0.9 });
    assert.deepEqual(statusOf({ inCurrentEpoch: false }).details, {});
  });
});

describe('deriveNodeStatus precedence', () => {
  const everythingWrong: Partial<NodeStatusFacts> = {
    validatorJailed: true,
    inCurrentEpoch: false,
    healthCheckPassed: false,
    participantStatus: 'INVALID',
    excludedThisEpoch: { reason: 'downtime' },
    missedRate: 0.5,
    invalidationRate: 0.5,
    confirmationPocRatio: 0.1,
  };

  it('JAILED > OFFLINE > UNHEALTHY, in rule order within each status', () => {
    const order: [keyof NodeStatusFacts, unknown, string][] = [
      ['validatorJailed', false, 'NOT_IN_CURRENT_EPOCH'],
      ['inCurrentEpoch', true, 'HEALTH_CHECK_FAILED'],
      ['healthCheckPassed', true, 'PARTICIPANT_INVALID'],
      ['participantStatus', 'INACTIVE', 'PARTICIPANT_INACTIVE'],
      ['participantStatus', 'ACTIVE', 'EXCLUDED_THIS_EPOCH'],
      ['excludedThisEpoch', null, 'MISSED_RATE'],
      ['missedRate', 0, 'INVALIDATION_RATE'],
      ['invalidationRate', 0, 'CONFIRMATION_POC_RATIO'],
      ['confirmationPocRatio', 1, 'ALL_CHECKS_PASSED'],
    ];
    const facts: NodeStatusFacts = { ...healthy, ...everythingWrong };
    assert.equal(deriveNodeStatus(facts).ruleCode, 'VALIDATOR_JAILED');
    for (const [field, fixed, nextRule] of order) {
      (facts as unknown as Record<string, unknown>)[field] = fixed;
      assert.equal(deriveNodeStatus(facts).ruleCode, nextRule, `after fixing ${field}`);
    }
  });
});

describe('rate helpers', () => {
  it('compute missed and invalidation rates as trackers do', () => {
    assert.equal(missedRateOf({ missedRequests: 24, inferenceCount: 831 }), 24 / 855);
    assert.equal(missedRateOf({ missedRequests: 0, inferenceCount: 0 }), null);
    assert.equal(invalidationRateOf({ invalidatedInferences: 2, inferenceCount: 831 }), 2 / 831);
    assert.equal(invalidationRateOf({ invalidatedInferences: 0, inferenceCount: 0 }), null);
  });

  it('feed the status rules (epoch-53 sample: 2.8% missed is healthy)', () => {
    const stats = { missedRequests: 24, inferenceCount: 831, invalidatedInferences: 2 };
    assert.equal(statusOf({ missedRate: missedRateOf(stats), invalidationRate: invalidationRateOf(stats) }).status, 'HEALTHY');
  });
});
