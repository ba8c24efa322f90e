/**
 * The current epoch's outlook for one host: its live counts against the downtime test the chain
 * would run if the epoch settled now (p0 from the same refresh's network totals), plus the statuses
 * that already cost the epoch (INVALID, excluded). Stale data claims no outlook (level STALE).
 */
import { DowntimeMode, type DowntimeThreshold } from './downtime-test.rules.js';
import { downtimeTestOf, type DowntimeTestResult } from './epoch-verdict.rules.js';
import { pct } from './percent.js';

export enum RiskLevel {
  OK = 'OK',
  WATCH = 'WATCH',
  AT_RISK = 'AT_RISK',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
  STALE = 'STALE',
}

export enum RiskReason {
  WITHIN_LIMITS = 'WITHIN_LIMITS',
  NO_REQUESTS = 'NO_REQUESTS',
  DOWNTIME_NEAR = 'DOWNTIME_NEAR',
  DOWNTIME_FAILING = 'DOWNTIME_FAILING',
  INVALIDATION_HIGH = 'INVALIDATION_HIGH',
  INVALID = 'INVALID',
  EXCLUDED = 'EXCLUDED',
  NOT_PARTICIPATING = 'NOT_PARTICIPATING',
  NETWORK_FAILING = 'NETWORK_FAILING',
  NO_DATA = 'NO_DATA',
  DATA_STALE = 'DATA_STALE',
}

export enum EstimateSource {
  CHAIN = 'CHAIN',
  WEIGHT_SHARE_APPROXIMATION = 'WEIGHT_SHARE_APPROXIMATION',
}

/** WATCH once the misses reach this share of what the test allows at the current request count. */
export const WATCH_SHARE_OF_ALLOWED = 0.7;
/** Trackers paint a host red above this invalidation rate; the chain's SPRT may mark it INVALID. */
export const INVALIDATION_WATCH_RATE = 0.1;

export interface LiveCounts {
  inCurrentEpoch: boolean;
  participantStatus: string | null;
  exclusionReason: string | null;
  inferenceCount: number | null;
  missedRequests: number | null;
  invalidatedInferences: number | null;
}

export interface Risk {
  level: RiskLevel;
  reasonCode: RiskReason;
  reason: string;
  requests: number | null;
  missedRate: number | null;
  invalidationRate: number | null;
  test: DowntimeTestResult | null;
}

export function epochRisk(live: LiveCounts | null, threshold: DowntimeThreshold | null, stale: boolean): Risk {
  const risk = outlook(live, threshold);
  if (!stale) return risk;
  return {
    ...risk,
    level: RiskLevel.STALE,
    reasonCode: RiskReason.DATA_STALE,
    reason: `live data is stale (an upstream is failing); last seen: ${risk.reason}`,
  };
}

function outlook(live: LiveCounts | null, threshold: DowntimeThreshold | null): Risk {
  const none = { requests: null, missedRate: null, invalidationRate: null, test: null };
  if (!live) return { level: RiskLevel.NOT_APPLICABLE, reasonCode: RiskReason.NO_DATA, reason: 'the network has no data about this node', ...none };
  if (!live.inCurrentEpoch) {
    return {
      level: RiskLevel.NOT_APPLICABLE,
      reasonCode: RiskReason.NOT_PARTICIPATING,
      reason: "not in this epoch's active set: nothing to earn this epoch",
      ...none,
    };
  }
  const known = live.inferenceCount !== null && live.missedRequests !== null;
  const counts = known ? { inferenceCount: live.inferenceCount!, missedRequests: live.missedRequests! } : null;
  const requests = counts ? counts.inferenceCount + counts.missedRequests : null;
  const missedRate = counts && requests ? counts.missedRequests / requests : null;
  const invalidationRate =
    counts && counts.inferenceCount > 0 && live.invalidatedInferences !== null ? live.invalidatedInferences / counts.inferenceCount : null;
  const test = threshold ? downtimeTestOf(counts, threshold) : null;
  const base = { requests, missedRate, invalidationRate, test };
  if (live.participantStatus === 'INVALID')
    return { level: RiskLevel.AT_RISK, reasonCode: RiskReason.INVALID, reason: 'status INVALID: this epoch pays 0', ...base };
  if (live.exclusionReason !== null || live.participantStatus === 'INACTIVE') {
    const why = live.exclusionReason ?? 'status INACTIVE';
    return { level: RiskLevel.AT_RISK, reasonCode: RiskReason.EXCLUDED, reason: `excluded from the epoch (${why}): this epoch pays 0`, ...base };
  }
  if (!counts || !threshold || !test)
    return { level: RiskLevel.NOT_APPLICABLE, reasonCode: RiskReason.NO_DATA, reason: 'request counts or network totals unknown', ...base };
  if (threshold.mode === DowntimeMode.SKIPPED) {
    const rate = pct(threshold.networkMissedRate ?? 0);
    return {
      level: RiskLevel.NOT_APPLICABLE,
      reasonCode: RiskReason.NETWORK_FAILING,
      reason: `network miss rate ${rate}: the chain skips the downtime test`,
      ...base,
    };
  }
  if (requests === 0) return { level: RiskLevel.OK, reasonCode: RiskReason.NO_REQUESTS, reason: 'no requests yet this epoch', ...base };
  const missed = `${counts.missedRequests} of ${requests} requests missed (${pct(missedRate ?? 0)})`;
  const allowed = test.maxMissedAllowed ?? 0;
  const p0 = pct(threshold.p0);
  if (test.passed === false) {
    return {
      level: RiskLevel.AT_RISK,
      reasonCode: RiskReason.DOWNTIME_FAILING,
      reason: `${missed}: fails the downtime test at ${p0} (at most ${allowed} allowed); settling now would pay 0`,
      ...base,
    };
  }
  if (counts.missedRequests > 0 && counts.missedRequests >= WATCH_SHARE_OF_ALLOWED * allowed) {
    return {
      level: RiskLevel.WATCH,
      reasonCode: RiskReason.DOWNTIME_NEAR,
      reason: `${missed}: close to the downtime test's limit of ${allowed} at ${p0}`,
      ...base,
    };
  }
  if (invalidationRate !== null && invalidationRate > INVALIDATION_WATCH_RATE) {
    return {
      level: RiskLevel.WATCH,
      reasonCode: RiskReason.INVALIDATION_HIGH,
      reason: `invalidation rate ${pct(invalidationRate)} above ${pct(INVALIDATION_WATCH_RATE)}`,
      ...base,
    };
  }
  return { level: RiskLevel.OK, reasonCode: RiskReason.WITHIN_LIMITS, reason: `${missed}, within the downtime test's limit of ${allowed} at ${p0}`, ...base };
}
