import { z } from 'zod';
import type { ChainParams, RewardEstimate } from '../gonka-guard.types.js';
import { chainDecimal, count, ngonka } from './primitives.js';

/**
 * `/chain-api/productscience/inference/inference/params` (grpc-gateway JSON of `inference.Params`).
 * Only what the epoch guard reads is required to be well-formed; a parameter the node's version
 * lacks (binom_test_p0 came with the dynamic downtime test) reads as null, and the caller falls back
 * to the documented default.
 */
const optionalDecimal = chainDecimal.nullish().transform((v) => v ?? null);

export const paramsResponse = z
  .object({
    params: z.object({
      epoch_params: z.object({ epoch_length: count }),
      validation_params: z.object({ binom_test_p0: optionalDecimal }).prefault({}),
      collateral_params: z.object({ downtime_missed_percentage_threshold: optionalDecimal, slash_fraction_downtime: optionalDecimal }).prefault({}),
      bitcoin_reward_params: z.object({ initial_epoch_reward: ngonka.nullish(), decay_rate: optionalDecimal, genesis_epoch: count.nullish() }).prefault({}),
    }),
  })
  .transform(
    ({ params: p }): ChainParams => ({
      epochLength: p.epoch_params.epoch_length,
      binomTestP0: p.validation_params.binom_test_p0,
      downtimeSlashMissedRate: p.collateral_params.downtime_missed_percentage_threshold,
      downtimeSlashFraction: p.collateral_params.slash_fraction_downtime,
      initialEpochRewardNgonka: p.bitcoin_reward_params.initial_epoch_reward?.toString() ?? null,
      rewardDecayRate: p.bitcoin_reward_params.decay_rate,
      rewardGenesisEpoch: p.bitcoin_reward_params.genesis_epoch ?? null,
    }),
  );

/** `estimate_bitcoin_reward/{participant}`: the chain's replay of settlement for the current epoch. */
export const rewardEstimateResponse = z
  .object({
    settle_amount: z.object({ participant: z.string().min(1), reward_coins: ngonka, work_coins: ngonka.default(0n), epoch_index: count }),
  })
  .transform(
    ({ settle_amount: s }): RewardEstimate => ({ address: s.participant, rewardCoins: s.reward_coins, workCoins: s.work_coins, epochIndex: s.epoch_index }),
  );
