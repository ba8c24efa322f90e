/**
 * The current epoch's reward estimate: the chain's own (estimate_bitcoin_reward, which replays
 * settlement with delegation, penalties and exclusions), else — only when the chain cannot be asked —
 * weight share × the epoch's subsidy, named as the approximation it is.
 */
import type { ChainParams } from '../../upstream/index.js';
import { ngonkaToGnk } from '../earnings/settlement.rules.js';
import { EstimateSource } from './epoch-risk.rules.js';

export interface RewardEstimateValue {
  /** Exact GNK text; null: nothing to estimate (the chain says the host is not in the active set). */
  amount: string | null;
  source: EstimateSource | null;
}

/**
 * Subsidy of `epoch` in ngonka: initial × exp(decay × (epoch − genesis)), as the chain computes it
 * (the float is below 2^53 ngonka, so flooring it gives an exact integer before any share is taken).
 */
export function epochSubsidyNgonka(params: ChainParams, epoch: number): bigint | null {
  if (params.initialEpochRewardNgonka === null || params.rewardDecayRate === null) return null;
  const elapsed = Math.max(0, epoch - (params.rewardGenesisEpoch ?? 0));
  return BigInt(Math.floor(Number(params.initialEpochRewardNgonka) * Math.exp(params.rewardDecayRate * elapsed)));
}

/** weight share × subsidy, floored to the ngonka; null without a share or a subsidy. */
export function weightShareApproximation(params: ChainParams, epoch: number, weightShare: number | null): RewardEstimateValue {
  const subsidy = epochSubsidyNgonka(params, epoch);
  if (weightShare === null || subsidy === null) return { amount: null, source: null };
  // The share is a float already (weight ÷ total): scale it to parts per 1e12 so the product stays in BigInt.
  const perTrillion = BigInt(Math.round(weightShare * 1e12));
  return { amount: ngonkaToGnk((subsidy * perTrillion) / 1_000_000_000_000n), source: EstimateSource.WEIGHT_SHARE_APPROXIMATION };
}
