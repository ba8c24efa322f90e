/**
 * Epoch settlement with the chain's reward rule, in integer ngonka (BigInt — never floats for
 * amounts). The subsidy is split by weight over ALL members' weight: hosts that are excluded or fail
 * the downtime test get 0 and their share is not redistributed (the chain sends it to governance).
 * The same function estimates the running epoch "as if it settled now" (estimate_bitcoin_reward).
 */
import { dynamicP0, passesDowntimeTest } from './downtime.js';
import { isExcludedAt, workloadAt, type EpochPlan, type EpochWorkload } from './epoch-plan.js';
import { BITCOIN_REWARD_PARAMS, decimalToNumber, VALIDATION_PARAMS } from './params.js';
import { draw, Topic } from './prng.js';

export const NGONKA_PER_GNK = 1_000_000_000n;
/** Share of rewarded hosts whose node API never claims (the reward is then lost). */
const NEVER_CLAIM_PROBABILITY = 0.04;

export interface SettledResult {
  host: number;
  workload: EpochWorkload;
  rewarded: bigint;
  status: 'ACTIVE' | 'INACTIVE' | 'INVALID';
  /** Verdict of the downtime test (true when punishment was skipped network-wide). */
  passedDowntime: boolean;
}

export interface EpochSettlement {
  epoch: number;
  results: SettledResult[];
  totalRewarded: bigint;
  p0: number;
  skipPunishment: boolean;
}

/**
 * Network subsidy of one epoch: initial_epoch_reward × exp(decay_rate × (epoch − genesis_epoch)).
 * The float is below 2^53 ngonka, so flooring it yields an exact integer before any arithmetic on
 * amounts happens.
 */
export function epochRewardNgonka(epoch: number): bigint {
  const initial = Number(BITCOIN_REWARD_PARAMS.initial_epoch_reward);
  const decay = decimalToNumber(BITCOIN_REWARD_PARAMS.decay_rate);
  return BigInt(Math.floor(initial * Math.exp(decay * (epoch - Number(BITCOIN_REWARD_PARAMS.genesis_epoch)))));
}

/** missed / (missed + inferences), as trackers compute it. */
export function missedRate(missed: number, inferences: number): number {
  return missed + inferences === 0 ? 0 : missed / (missed + inferences);
}

/** Settles `plan` with the counts reached at `progress` (1 = the finished epoch). */
export function settleEpoch(plan: EpochPlan, progress = 1): EpochSettlement {
  const workloads = plan.members.map((m) => workloadAt(m, progress));
  const { p0, skipPunishment } = dynamicP0(workloads, VALIDATION_PARAMS.binom_test_p0);
  const totalWeight = plan.members.reduce((sum, m) => sum + BigInt(m.weight), 0n);
  const pool = epochRewardNgonka(plan.epoch);
  let totalRewarded = 0n;
  const results = plan.members.map((m, i): SettledResult => {
    const excluded = isExcludedAt(m, progress) && m.exclusion !== null;
    const passedDowntime = skipPunishment || passesDowntimeTest(workloads[i], p0);
    const rewarded = !excluded && passedDowntime && totalWeight > 0n ? (pool * BigInt(m.weight)) / totalWeight : 0n;
    totalRewarded += rewarded;
    return { host: m.host, workload: workloads[i], rewarded, status: excluded ? m.exclusion!.status : 'ACTIVE', passedDowntime };
  });
  return { epoch: plan.epoch, results, totalRewarded, p0, skipPunishment };
}

/**
 * When (on the epoch axis) the host's node API claims epoch `epoch`'s reward: during the first 60%
 * of the next epoch, or never for a few hosts (`alwaysClaims` overrides that draw for scripted hosts).
 */
export function claimTime(seed: number, host: number, epoch: number, alwaysClaims = false): number {
  if (!alwaysClaims && draw(seed, Topic.claim, host, epoch, 0) < NEVER_CLAIM_PROBABILITY) return Number.POSITIVE_INFINITY;
  return epoch + 1 + draw(seed, Topic.claim, host, epoch, 1) * 0.6;
}
