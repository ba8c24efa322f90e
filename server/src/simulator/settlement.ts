/**
 * Epoch settlement with the chain's reward rule, in integer ngonka (BigInt — never floats for
 * amounts). The epoch's subsidy is split by weight among the hosts that qualified.
 */
import { draw, Topic } from './prng.js';
import { workloadAt, type EpochPlan, type EpochWorkload } from './epoch-plan.js';

export const NGONKA_PER_GNK = 1_000_000_000n;
const INITIAL_EPOCH_REWARD_NGONKA = 323_000 * 1e9;
const REWARD_DECAY_PER_EPOCH = 0.000475;
/** Hosts whose missed-request rate exceeds this get nothing for the epoch. */
export const MAX_MISSED_RATE = 0.1;
/** Share of rewarded hosts whose node API never claims (the reward is then lost). */
const NEVER_CLAIM_PROBABILITY = 0.04;

export interface SettledResult {
  host: number;
  workload: EpochWorkload;
  rewarded: bigint;
  status: 'ACTIVE' | 'INACTIVE' | 'INVALID';
}

export interface EpochSettlement {
  epoch: number;
  results: SettledResult[];
  totalRewarded: bigint;
}

/**
 * Network subsidy of one epoch: 323,000 GNK × exp(−0.000475 × (epoch − 1)). The float is below
 * 2^53 ngonka, so flooring it yields an exact integer before any arithmetic on amounts happens.
 */
export function epochRewardNgonka(epoch: number): bigint {
  return BigInt(Math.floor(INITIAL_EPOCH_REWARD_NGONKA * Math.exp(-REWARD_DECAY_PER_EPOCH * (epoch - 1))));
}

/** missed / (missed + inferences), as trackers compute it. */
export function missedRate(missed: number, inferences: number): number {
  return missed + inferences === 0 ? 0 : missed / (missed + inferences);
}

export function settleEpoch(plan: EpochPlan): EpochSettlement {
  const workloads = plan.members.map((m) => workloadAt(m, 1));
  const eligible = plan.members.map((m, i) => m.exclusion === null && missedRate(workloads[i].missed, workloads[i].inferences) <= MAX_MISSED_RATE);
  const eligibleWeight = plan.members.reduce((sum, m, i) => (eligible[i] ? sum + BigInt(m.weight) : sum), 0n);
  const pool = epochRewardNgonka(plan.epoch);
  let totalRewarded = 0n;
  const results = plan.members.map((m, i): SettledResult => {
    const rewarded = eligible[i] && eligibleWeight > 0n ? (pool * BigInt(m.weight)) / eligibleWeight : 0n;
    totalRewarded += rewarded;
    return { host: m.host, workload: workloads[i], rewarded, status: m.exclusion?.status ?? 'ACTIVE' };
  });
  return { epoch: plan.epoch, results, totalRewarded };
}

/**
 * When (on the epoch axis) the host's node API claims epoch `epoch`'s reward: during the first 60%
 * of the next epoch, or never for a few hosts.
 */
export function claimTime(seed: number, host: number, epoch: number): number {
  if (draw(seed, Topic.claim, host, epoch, 0) < NEVER_CLAIM_PROBABILITY) return Number.POSITIVE_INFINITY;
  return epoch + 1 + draw(seed, Topic.claim, host, epoch, 1) * 0.6;
}
