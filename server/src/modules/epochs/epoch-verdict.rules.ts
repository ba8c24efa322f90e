/**
 * Why a settled epoch paid what it paid, from the chain's own data only: the host's summary
 * (rewarded_coins and counts), the epoch's exclusion list and the downtime test replayed on the
 * epoch's network totals (GONKA.md "Loss paths"). Absent is not zero: missing counts give UNKNOWN.
 */
import { DowntimeMode, maxMissedAllowed, passesDowntimeTest, type DowntimeThreshold } from './downtime-test.rules.js';
import { pct } from './percent.js';

export enum EpochVerdict {
  PAID = 'PAID',
  ZERO_DOWNTIME = 'ZERO_DOWNTIME',
  ZERO_INVALID = 'ZERO_INVALID',
  ZERO_EXCLUDED = 'ZERO_EXCLUDED',
  ZERO_NOT_PARTICIPATING = 'ZERO_NOT_PARTICIPATING',
  UNKNOWN = 'UNKNOWN',
}

export enum ClaimStatus {
  CLAIMED = 'CLAIMED',
  CLAIMABLE = 'CLAIMABLE',
  EXPIRED = 'EXPIRED',
  NOTHING_TO_CLAIM = 'NOTHING_TO_CLAIM',
}

export interface EpochCounts {
  inferenceCount: number;
  missedRequests: number;
  validatedInferences: number;
  invalidatedInferences: number;
}

/** What is known about one host in one settled epoch. */
export interface EpochFacts {
  /** Exact GNK decimal text of rewarded_coins. */
  reward: string;
  /** The host had a summary in the epoch (it was among the epoch's hosts). */
  inSummary: boolean;
  /** null: the summary carried no (or malformed) counts. */
  counts: EpochCounts | null;
  /** The chain's exclusion record of the host for the epoch, if any. */
  exclusionReason: string | null;
  threshold: DowntimeThreshold;
}

/** The test as it ran for one host: stored next to the verdict so the reason can always be explained. */
export interface DowntimeTestResult {
  mode: DowntimeMode;
  threshold: number;
  networkMissedRate: number | null;
  networkRequests: number;
  networkHosts: number;
  maxMissedAllowed: number | null;
  passed: boolean | null;
}

export interface Verdict {
  verdict: EpochVerdict;
  reason: string;
  test: DowntimeTestResult | null;
}

const INVALID_REASON = /invalid/i;

export function isZero(gnk: string): boolean {
  return /^0*(\.0*)?$/.test(gnk);
}

export function missedRateOf(c: Pick<EpochCounts, 'inferenceCount' | 'missedRequests'>): number | null {
  const total = c.inferenceCount + c.missedRequests;
  return total > 0 ? c.missedRequests / total : null;
}

export function invalidationRateOf(c: Pick<EpochCounts, 'inferenceCount' | 'invalidatedInferences'>): number | null {
  return c.inferenceCount > 0 ? c.invalidatedInferences / c.inferenceCount : null;
}

/** The downtime test of `counts` at `threshold` (null counts: nothing can be said about the host). */
export function downtimeTestOf(counts: Pick<EpochCounts, 'inferenceCount' | 'missedRequests'> | null, threshold: DowntimeThreshold): DowntimeTestResult {
  const base = {
    mode: threshold.mode,
    threshold: threshold.p0,
    networkMissedRate: threshold.networkMissedRate,
    networkRequests: threshold.network.requests,
    networkHosts: threshold.network.hosts,
  };
  if (!counts) return { ...base, maxMissedAllowed: null, passed: null };
  const total = counts.inferenceCount + counts.missedRequests;
  if (threshold.mode === DowntimeMode.SKIPPED || total === 0) return { ...base, maxMissedAllowed: null, passed: true };
  return { ...base, maxMissedAllowed: maxMissedAllowed(total, threshold.p0), passed: passesDowntimeTest(counts.missedRequests, total, threshold.p0) };
}

function missedText(c: EpochCounts): string {
  const total = c.inferenceCount + c.missedRequests;
  const rate = missedRateOf(c);
  return rate === null ? 'no requests' : `${c.missedRequests} of ${total} requests missed (${pct(rate)})`;
}

export function epochVerdict(f: EpochFacts): Verdict {
  const paid = !isZero(f.reward);
  if (!f.inSummary) return { verdict: EpochVerdict.ZERO_NOT_PARTICIPATING, reason: "paid 0: not among the epoch's hosts (not in the active set)", test: null };
  if (!f.counts) {
    return {
      verdict: EpochVerdict.UNKNOWN,
      reason: `${paid ? `paid ${f.reward} GNK` : 'paid 0'}: the chain's summary has no request counts, so the outcome cannot be checked`,
      test: null,
    };
  }
  const test = downtimeTestOf(f.counts, f.threshold);
  const c = f.counts;
  const p0 = pct(f.threshold.p0);
  if (paid) {
    const rule =
      test.mode === DowntimeMode.SKIPPED
        ? `downtime test skipped (network miss rate ${pct(f.threshold.networkMissedRate ?? 0)}: the network itself failed)`
        : `within the downtime threshold of ${p0}`;
    return { verdict: EpochVerdict.PAID, reason: `paid ${f.reward} GNK: ${missedText(c)}, ${rule}`, test };
  }
  if (f.exclusionReason !== null) {
    const verdict = INVALID_REASON.test(f.exclusionReason) ? EpochVerdict.ZERO_INVALID : EpochVerdict.ZERO_EXCLUDED;
    const what = verdict === EpochVerdict.ZERO_INVALID ? 'status INVALID' : 'excluded from the epoch';
    return {
      verdict,
      reason: `paid 0: ${what} (chain's reason: ${f.exclusionReason}); ${c.invalidatedInferences} of ${c.inferenceCount} inferences invalidated`,
      test,
    };
  }
  if (test.passed === false) {
    return {
      verdict: EpochVerdict.ZERO_DOWNTIME,
      reason: `paid 0: ${missedText(c)}, above the downtime threshold of ${p0} (the chain's test allows at most ${test.maxMissedAllowed} missed of ${c.inferenceCount + c.missedRequests})`,
      test,
    };
  }
  return {
    verdict: EpochVerdict.UNKNOWN,
    reason: `paid 0 with no rule explaining it: ${missedText(c)} passes the downtime test at ${p0}, and there is no exclusion record`,
    test,
  };
}

/**
 * A reward is claimable only during the next epoch (epoch = current − 1); at the next settlement
 * an unclaimed one moves to governance. A 0 reward is nothing to claim, not an expired claim.
 */
export function claimStatus(reward: string, claimed: boolean, epoch: number, currentEpoch: number): ClaimStatus {
  if (isZero(reward)) return ClaimStatus.NOTHING_TO_CLAIM;
  if (claimed) return ClaimStatus.CLAIMED;
  return epoch >= currentEpoch - 1 ? ClaimStatus.CLAIMABLE : ClaimStatus.EXPIRED;
}
