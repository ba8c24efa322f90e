import { z } from 'zod';
import type { ChainParticipant, EpochPerformanceSummary, ParticipantStatsEntry } from '../gonka.types.js';
import { excludedParticipant } from './gonka-epoch.schema.js';
import { chainDecimal, count, countOrZero, float, listOf, ngonkaOrZero, participantStatus, stringOrEmpty } from './primitives.js';
import { cosmosPagination } from './cosmos.schema.js';

/**
 * Chain REST `/chain-api/productscience/inference/inference/...` (grpc-gateway: 64-bit ints as
 * strings, enums as names, defaults emitted). Zero defaults are still accepted when absent, so a
 * node that omits them parses the same.
 */

const epochStatsFields = {
  inference_count: countOrZero,
  missed_requests: countOrZero,
  validated_inferences: countOrZero,
  invalidated_inferences: countOrZero,
  earned_coins: ngonkaOrZero,
  rewarded_coins: ngonkaOrZero,
  burned_coins: ngonkaOrZero,
};

type RawEpochStats = z.output<z.ZodObject<typeof epochStatsFields>>;

function toEpochStats(s: RawEpochStats) {
  return {
    inferenceCount: s.inference_count,
    missedRequests: s.missed_requests,
    validatedInferences: s.validated_inferences,
    invalidatedInferences: s.invalidated_inferences,
    earnedCoins: s.earned_coins,
    rewardedCoins: s.rewarded_coins,
    burnedCoins: s.burned_coins,
  };
}

/** Also used for the tracker's copy of the same struct. */
export const currentEpochStats = z
  .object({
    ...epochStatsFields,
    // Decimal on the chain; some serializers flatten it to a number.
    confirmationPoCRatio: z.union([chainDecimal, float]).nullish(),
  })
  // Absent (omitempty) means all zero: `prefault` runs the defaults of each field.
  .prefault({})
  .transform((s) => ({ ...toEpochStats(s), confirmationPocRatio: s.confirmationPoCRatio ?? null }));

const chainParticipant = z
  .object({
    index: z.string().min(1),
    address: z.string().optional(),
    // Absent only under omitempty, where it means the proto zero value.
    status: participantStatus.default('UNSPECIFIED'),
    inference_url: stringOrEmpty,
    validator_key: stringOrEmpty,
    epochs_completed: countOrZero,
    join_height: countOrZero,
    coin_balance: ngonkaOrZero,
    current_epoch_stats: currentEpochStats,
  })
  .transform(
    (p): ChainParticipant => ({
      address: p.address || p.index,
      status: p.status,
      inferenceUrl: p.inference_url,
      validatorKey: p.validator_key,
      epochsCompleted: p.epochs_completed,
      joinHeight: p.join_height,
      coinBalance: p.coin_balance,
      currentEpochStats: p.current_epoch_stats,
    }),
  );

export const participantResponse = z.object({ participant: chainParticipant }).transform((r) => r.participant);

export const participantPageResponse = z
  .object({
    participant: listOf(chainParticipant),
    pagination: cosmosPagination,
    block_height: count.optional(),
  })
  .transform((r) => ({
    items: r.participant,
    nextKey: r.pagination.nextKey,
    blockHeight: r.block_height ?? null,
  }));

// grpc-gateway emits every count (defaults included): a missing one means the summary is no record of the epoch's work.
const performanceSummary = z
  .object({
    ...epochStatsFields,
    inference_count: count.nullish(),
    missed_requests: count.nullish(),
    validated_inferences: count.nullish(),
    invalidated_inferences: count.nullish(),
    epoch_index: count,
    participant_id: z.string().min(1),
    claimed: z.boolean().default(false),
  })
  .transform((s): EpochPerformanceSummary => {
    const counts = [s.inference_count, s.missed_requests, s.validated_inferences, s.invalidated_inferences];
    return {
      ...toEpochStats({
        ...s,
        inference_count: s.inference_count ?? 0,
        missed_requests: s.missed_requests ?? 0,
        validated_inferences: s.validated_inferences ?? 0,
        invalidated_inferences: s.invalidated_inferences ?? 0,
      }),
      epochIndex: s.epoch_index,
      address: s.participant_id,
      claimed: s.claimed,
      countsReported: counts.every((c) => c !== undefined && c !== null),
    };
  });

export const performanceSummaryResponse = z.object({ epochPerformanceSummary: performanceSummary }).transform((r) => r.epochPerformanceSummary);

export const performanceSummaryListResponse = z.object({ epochPerformanceSummary: listOf(performanceSummary) }).transform((r) => r.epochPerformanceSummary);

export const participantsStatsResponse = z
  .object({
    participants_stats: listOf(
      z
        .object({
          account_address: z.string().min(1),
          operator_address: stringOrEmpty,
          reputation: countOrZero,
          earned_coins_current_epoch: ngonkaOrZero,
          rewarded_coins_latest_epoch: ngonkaOrZero,
          epochs_completed: countOrZero,
        })
        .transform(
          (s): ParticipantStatsEntry => ({
            address: s.account_address,
            operatorAddress: s.operator_address,
            reputation: s.reputation,
            earnedCoinsCurrentEpoch: s.earned_coins_current_epoch,
            rewardedCoinsLatestEpoch: s.rewarded_coins_latest_epoch,
            epochsCompleted: s.epochs_completed,
          }),
        ),
    ),
  })
  .transform((r) => r.participants_stats);

export const excludedParticipantsResponse = z.object({ items: listOf(excludedParticipant) }).transform((r) => r.items);
