import { formatComparison } from './comparison-format.js';
import type { ParticipantStatus } from '../upstream/gonka.types.js';

/**
 * The portal's node status, derived from facts merged from the chain, the node API and trackers
 * (GONKA.md, "Mapping to the portal's node status"). Precedence: JAILED > OFFLINE > UNHEALTHY >
 * HEALTHY; the first rule that fires wins and is returned with a human-readable reason.
 */

/**
 * The portal's one node status, from the rules to GraphQL (registered as `NodeStatus` in
 * modules/nodes/dto/node.model.ts). The database spells it in lower case; only
 * modules/nodes/node-status.repository.ts converts.
 */
export enum NodeStatus {
  HEALTHY = 'HEALTHY',
  UNHEALTHY = 'UNHEALTHY',
  JAILED = 'JAILED',
  OFFLINE = 'OFFLINE',
  /** No data yet: what the API answers when nothing is known, never a verdict of the rules. */
  UNKNOWN = 'UNKNOWN',
}

/** What the rules conclude from evidence (and what is stored): never UNKNOWN. */
export type DerivedNodeStatus = Exclude<NodeStatus, NodeStatus.UNKNOWN>;

/** The rules, by code (an object, not a TS enum, so GraphQL can register it and literals still type-check). */
export const NODE_STATUS_RULES = {
  VALIDATOR_JAILED: 'VALIDATOR_JAILED',
  NOT_IN_CURRENT_EPOCH: 'NOT_IN_CURRENT_EPOCH',
  HEALTH_CHECK_FAILED: 'HEALTH_CHECK_FAILED',
  PARTICIPANT_INVALID: 'PARTICIPANT_INVALID',
  PARTICIPANT_INACTIVE: 'PARTICIPANT_INACTIVE',
  EXCLUDED_THIS_EPOCH: 'EXCLUDED_THIS_EPOCH',
  MISSED_RATE: 'MISSED_RATE',
  INVALIDATION_RATE: 'INVALIDATION_RATE',
  CONFIRMATION_POC_RATIO: 'CONFIRMATION_POC_RATIO',
  ALL_CHECKS_PASSED: 'ALL_CHECKS_PASSED',
} as const;
export type NodeStatusRule = keyof typeof NODE_STATUS_RULES;

/**
 * The figures a verdict's English reason is worded from, so a client can word it in its own
 * language. Only the fields the firing rule uses are set; plain JSON (it sits in Redis and jsonb).
 */
export interface NodeStatusDetails {
  /** ISO time, with VALIDATOR_JAILED when known. */
  jailedUntil?: string;
  /** INVALID or INACTIVE, with PARTICIPANT_INVALID / PARTICIPANT_INACTIVE. */
  participantStatus?: string;
  /** The chain's own words, with EXCLUDED_THIS_EPOCH (absent when it gave none). */
  exclusionReason?: string;
  /** Fractions in 0..1, with MISSED_RATE / INVALIDATION_RATE; a ratio with CONFIRMATION_POC_RATIO. */
  missedRate?: number;
  invalidationRate?: number;
  confirmationPocRatio?: number;
  /** The bound the measured figure crossed, in the same unit. */
  threshold?: number;
}

/** The chain zeroes the epoch reward when the missed-request rate fails its test (~10%); trackers paint red above 10%. */
export const MISSED_RATE_LIMIT = 0.1;
export const INVALIDATION_RATE_LIMIT = 0.1;
/**
 * A confirmation-PoC ratio of 1 means the host proved all the weight it claimed. Below 0.9 more
 * than a tenth of its weight failed to show up — the same 10% tolerance as the other rates.
 */
export const CONFIRMATION_POC_RATIO_MIN = 0.9;

/** Unknown facts are `null`/absent and never fire a rule: only evidence degrades a status. */
export interface NodeStatusFacts {
  /** Staking `validators[].jailed` (or the tracker's `is_jailed`). */
  validatorJailed?: boolean | null;
  jailedUntil?: Date | null;
  /** Listed in `/v1/epochs/current/participants`. */
  inCurrentEpoch: boolean;
  /** Result of `{inference_url}/health`. */
  healthCheckPassed?: boolean | null;
  participantStatus?: ParticipantStatus | null;
  /** Present when the host is in the current epoch's `excluded_participants`. */
  excludedThisEpoch?: { reason: string } | null;
  /** Fractions in 0..1 (see missedRateOf / invalidationRateOf). */
  missedRate?: number | null;
  invalidationRate?: number | null;
  confirmationPocRatio?: number | null;
}

export interface NodeStatusVerdict {
  status: DerivedNodeStatus;
  ruleCode: NodeStatusRule;
  reason: string;
  details: NodeStatusDetails;
  /** Set with JAILED when known. */
  jailedUntil: Date | null;
}

export function deriveNodeStatus(facts: NodeStatusFacts): NodeStatusVerdict {
  const verdict = (status: DerivedNodeStatus, ruleCode: NodeStatusRule, reason: string, details: NodeStatusDetails = {}): NodeStatusVerdict => ({
    status,
    ruleCode,
    reason,
    details,
    jailedUntil: null,
  });

  if (facts.validatorJailed === true) {
    const until = facts.jailedUntil ?? null;
    const reason = until ? `validator jailed until ${until.toISOString()}` : 'validator jailed';
    return { ...verdict(NodeStatus.JAILED, 'VALIDATOR_JAILED', reason, until ? { jailedUntil: until.toISOString() } : {}), jailedUntil: until };
  }

  if (!facts.inCurrentEpoch) {
    return verdict(NodeStatus.OFFLINE, 'NOT_IN_CURRENT_EPOCH', 'not among the participants of the current epoch');
  }
  if (facts.healthCheckPassed === false) {
    return verdict(NodeStatus.OFFLINE, 'HEALTH_CHECK_FAILED', 'health check of the inference URL failed');
  }

  if (facts.participantStatus === 'INVALID') {
    return verdict(NodeStatus.UNHEALTHY, 'PARTICIPANT_INVALID', 'participant status is INVALID on the chain', { participantStatus: 'INVALID' });
  }
  if (facts.participantStatus === 'INACTIVE') {
    return verdict(NodeStatus.UNHEALTHY, 'PARTICIPANT_INACTIVE', 'participant status is INACTIVE on the chain', { participantStatus: 'INACTIVE' });
  }
  if (facts.excludedThisEpoch) {
    const given = facts.excludedThisEpoch.reason;
    const reason = `excluded from the current epoch (${given || 'no reason given'})`;
    return verdict(NodeStatus.UNHEALTHY, 'EXCLUDED_THIS_EPOCH', reason, given ? { exclusionReason: given } : {});
  }
  if (facts.missedRate != null && facts.missedRate > MISSED_RATE_LIMIT) {
    const reason = `missed rate ${percents(facts.missedRate, MISSED_RATE_LIMIT)}`;
    return verdict(NodeStatus.UNHEALTHY, 'MISSED_RATE', reason, { missedRate: facts.missedRate, threshold: MISSED_RATE_LIMIT });
  }
  if (facts.invalidationRate != null && facts.invalidationRate > INVALIDATION_RATE_LIMIT) {
    const reason = `invalidation rate ${percents(facts.invalidationRate, INVALIDATION_RATE_LIMIT)}`;
    return verdict(NodeStatus.UNHEALTHY, 'INVALIDATION_RATE', reason, { invalidationRate: facts.invalidationRate, threshold: INVALIDATION_RATE_LIMIT });
  }
  if (facts.confirmationPocRatio != null && facts.confirmationPocRatio < CONFIRMATION_POC_RATIO_MIN) {
    const [ratio, min] = formatComparison(facts.confirmationPocRatio, CONFIRMATION_POC_RATIO_MIN, 2);
    const reason = `confirmation PoC ratio ${ratio} < ${min}`;
    const details = { confirmationPocRatio: facts.confirmationPocRatio, threshold: CONFIRMATION_POC_RATIO_MIN };
    return verdict(NodeStatus.UNHEALTHY, 'CONFIRMATION_POC_RATIO', reason, details);
  }

  return verdict(NodeStatus.HEALTHY, 'ALL_CHECKS_PASSED', 'all checks passed');
}

/** missed / (missed + inferences), as trackers compute it; null when there was no traffic yet. */
export function missedRateOf(stats: { missedRequests: number; inferenceCount: number }): number | null {
  const total = stats.missedRequests + stats.inferenceCount;
  return total === 0 ? null : stats.missedRequests / total;
}

/** invalidated / inferences; null when there were no inferences. */
export function invalidationRateOf(stats: { invalidatedInferences: number; inferenceCount: number }): number | null {
  return stats.inferenceCount === 0 ? null : stats.invalidatedInferences / stats.inferenceCount;
}

/** "12.4% > 10.0%": a rate above its limit, both as percents, with as many decimals as it takes to tell them apart. */
function percents(rate: number, limit: number): string {
  const [value, bound] = formatComparison(rate * 100, limit * 100, 1);
  return `${value}% > ${bound}%`;
}
