/**
 * The inference module's governance parameters, one source of truth for the params route and for
 * settlement (downtime p0, reward constants, collateral), as grpc-gateway prints them: int64 as
 * strings, int32 as numbers, Decimal as {value, exponent}. Values follow mainnet in late 2026.
 */
import { EPOCH_LENGTH_BLOCKS, INFERENCE_VALIDATION_CUTOFF_BLOCKS, STAGE_OFFSETS } from './clock.js';

export interface ChainDecimal {
  value: string;
  exponent: number;
}

const dec = (value: number, exponent: number): ChainDecimal => ({ value: String(value), exponent });

/** value × 10^exponent as the nearest double (parsed, so 6e-1 is 0.6, not 0.6000000000000001). */
export function decimalToNumber(d: ChainDecimal): number {
  return Number(`${d.value}e${d.exponent}`);
}

/** ceil(d × 1000) in integer arithmetic, so 0.1 is exactly 100 permille. */
export function decimalCeilPermille(d: ChainDecimal): number {
  const value = BigInt(d.value);
  const shift = d.exponent + 3;
  if (shift >= 0) return Number(value * 10n ** BigInt(shift));
  const divisor = 10n ** BigInt(-shift);
  const quotient = value / divisor;
  return Number(value % divisor > 0n ? quotient + 1n : quotient);
}

export const VALIDATION_PARAMS = {
  false_positive_rate: dec(5, -2),
  min_ramp_up_measurements: 10,
  pass_value: dec(99, -2),
  min_validation_average: dec(1, -2),
  max_validation_average: dec(1, 0),
  expiration_blocks: '20',
  epochs_to_max: '30',
  full_validation_traffic_cutoff: '10000',
  min_validation_halfway: dec(5, -2),
  min_validation_traffic_cutoff: '100',
  miss_percentage_cutoff: dec(1, -2),
  miss_requests_penalty: dec(1, 0),
  timestamp_expiration: '60',
  timestamp_advance: '30',
  estimated_limits_per_block_kb: '0',
  binom_test_p0: dec(100, -3),
  invalidation_sprt_bad_rate: dec(18, -2),
  invalidation_sprt_h: dec(40, 0),
};

export const BITCOIN_REWARD_PARAMS = {
  use_bitcoin_rewards: true,
  initial_epoch_reward: '323000000000000',
  decay_rate: dec(-475, -6),
  genesis_epoch: '1',
  utilization_bonus_factor: dec(5, -1),
  full_coverage_bonus_factor: dec(12, -1),
  partial_coverage_bonus_factor: dec(1, -1),
};

export const COLLATERAL_PARAMS = {
  slash_fraction_invalid: dec(20, -2),
  slash_fraction_downtime: dec(10, -2),
  downtime_missed_percentage_threshold: dec(5, -2),
  grace_period_end_epoch: '180',
  base_weight_ratio: dec(2, -1),
  collateral_per_weight_unit: dec(336, -2),
};

/** Epoch parameters from the clock's stage offsets (the real /v1/epochs/latest sample), as numbers. */
export const EPOCH_PARAMS = {
  epoch_length: EPOCH_LENGTH_BLOCKS,
  epoch_multiplier: 1,
  epoch_shift: 16_980,
  default_unit_of_compute_price: 100,
  poc_stage_duration: STAGE_OFFSETS.poc_generation_end,
  poc_exchange_duration: STAGE_OFFSETS.poc_validation_start - STAGE_OFFSETS.poc_generation_end,
  poc_validation_delay: STAGE_OFFSETS.poc_validation_start - STAGE_OFFSETS.poc_generation_end,
  poc_validation_duration: STAGE_OFFSETS.poc_validation_end - STAGE_OFFSETS.poc_validation_start,
  set_new_validators_delay: STAGE_OFFSETS.set_new_validators - STAGE_OFFSETS.poc_validation_end,
  inference_validation_cutoff: INFERENCE_VALIDATION_CUTOFF_BLOCKS,
  inference_pruning_epoch_threshold: 2,
  inference_pruning_max: 5_000,
  poc_pruning_max: 1_000,
  /** Go encoding/json (the /v1 shape) prints the Decimal's int64 value as a number. */
  poc_slot_allocation: { value: 1, exponent: -1 },
};

/** grpc-gateway prints the int64 fields (also a Decimal's value) as strings. */
const chainEpochParams = () =>
  Object.fromEntries(Object.entries(EPOCH_PARAMS).map(([k, v]) => [k, typeof v === 'number' ? String(v) : dec(v.value, v.exponent)]));

const POC_PARAMS = {
  default_difficulty: 5,
  validation_sample_size: 200,
  poc_data_pruning_epoch_threshold: '1',
  weight_scale_factor: dec(25, -2),
  model_params: {
    dim: 1792,
    n_layers: 64,
    n_heads: 64,
    n_kv_heads: 64,
    vocab_size: 8196,
    ffn_dim_multiplier: dec(10, -1),
    multiple_of: 8192,
    norm_eps: dec(1, -5),
    rope_theta: 10000,
    use_scaled_rope: false,
    seq_len: 256,
    r_target: dec(1398, -3),
  },
};

const TOKENOMICS_PARAMS = {
  subsidy_reduction_interval: dec(5, -2),
  subsidy_reduction_amount: dec(20, -2),
  current_subsidy_percentage: dec(90, -2),
  top_reward_allowed_failure: dec(10, -2),
  top_miner_poc_qualification: '10',
  work_vesting_period: '180',
  reward_vesting_period: '180',
  top_miner_vesting_period: '180',
};

const DYNAMIC_PRICING_PARAMS = {
  stability_zone_lower_bound: dec(40, -2),
  stability_zone_upper_bound: dec(60, -2),
  price_elasticity: dec(5, -2),
  utilization_window_duration: '60',
  min_per_token_price: '1',
  base_per_token_price: '100',
  grace_period_end_epoch: '90',
  grace_period_per_token_price: '0',
};

const BANDWIDTH_LIMITS_PARAMS = {
  estimated_limits_per_block_kb: '1024',
  kb_per_input_token: dec(23, -4),
  kb_per_output_token: dec(64, -2),
};

/** The `/params` body. */
export function chainParamsBody() {
  return {
    params: {
      epoch_params: chainEpochParams(),
      validation_params: VALIDATION_PARAMS,
      poc_params: POC_PARAMS,
      tokenomics_params: TOKENOMICS_PARAMS,
      collateral_params: COLLATERAL_PARAMS,
      bitcoin_reward_params: BITCOIN_REWARD_PARAMS,
      dynamic_pricing_params: DYNAMIC_PRICING_PARAMS,
      bandwidth_limits_params: BANDWIDTH_LIMITS_PARAMS,
    },
  };
}
