import type { EpochOutcomeRow } from '../earnings/epoch-outcomes.repository.js';
import type { EpochOutcome } from './dto/epoch-outcome.model.js';
import type { EpochClockReading } from './epoch-clock.service.js';
import { claimStatus, ClaimStatus, EpochVerdict, invalidationRateOf, missedRateOf } from './epoch-verdict.rules.js';

const NOT_JUDGED = 'stored before verdicts were kept; the epoch is being read from the chain again';

/** A stored epoch as the API shows it; the claim status follows the chain's clock at read time. */
export function toEpochOutcome(r: EpochOutcomeRow, clock: EpochClockReading): EpochOutcome {
  const counts =
    r.inference_count !== null && r.missed_requests !== null && r.validated_inferences !== null && r.invalidated_inferences !== null
      ? {
          inferenceCount: r.inference_count,
          missedRequests: r.missed_requests,
          validatedInferences: r.validated_inferences,
          invalidatedInferences: r.invalidated_inferences,
        }
      : null;
  // Without a clock, only the stored flag speaks: an unclaimed reward counts as claimable until we know better.
  const status = claimStatus(r.reward, r.claimed, r.epoch, clock.current ?? r.epoch + 1);
  const t = r.downtime_test;
  return {
    epoch: r.epoch,
    settledAt: new Date(r.settled_at),
    rewarded: r.reward,
    claimStatus: status,
    claimDeadline: status === ClaimStatus.CLAIMABLE && clock.current === r.epoch + 1 ? clock.windowCloses : null,
    inferenceCount: counts?.inferenceCount ?? null,
    missedRequests: counts?.missedRequests ?? null,
    validatedInferences: counts?.validatedInferences ?? null,
    invalidatedInferences: counts?.invalidatedInferences ?? null,
    missedRate: counts ? missedRateOf(counts) : null,
    invalidationRate: counts ? invalidationRateOf(counts) : null,
    verdict: (r.verdict as EpochVerdict | null) ?? EpochVerdict.UNKNOWN,
    verdictReason: r.verdict_reason ?? NOT_JUDGED,
    exclusionReason: r.exclusion_reason,
    downtimeTest: t
      ? {
          mode: t.mode,
          threshold: t.threshold,
          networkMissedRate: t.networkMissedRate,
          networkRequests: t.networkRequests,
          networkHosts: t.networkHosts,
          maxMissedAllowed: t.maxMissedAllowed,
          passed: t.passed,
        }
      : null,
  };
}
