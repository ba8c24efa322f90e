import { z } from 'zod';
import type { TrackerEpochInference, TrackerMlNode, TrackerParticipant, TrackerParticipantDetails, TrackerReward } from '../hyperfusion.types.js';
import { currentEpochStats } from './gonka-participant.schema.js';
import { hardwareNodeObject, toHardwareNode } from './gonka-hardware.schema.js';
import { count, countOrUnknown, countOrZero, float, listOf, participantStatus, stringOrEmpty, timestamp } from './primitives.js';

/**
 * Hyperfusion tracker (gonka-tracker, Pydantic): chain stats stay strings, computed rates are
 * floats, unknown optionals are `null`.
 */

const nullableFloat = float.nullish().transform((v) => v ?? null);
const nullableCount = count.nullish().transform((v) => v ?? null);
const nullableTimestamp = timestamp.nullish().transform((v) => v ?? null);

const trackerParticipant = z
  .object({
    index: z.string().min(1),
    address: z.string().nullish(),
    weight: countOrUnknown,
    inference_url: z.string().nullish(),
    status: participantStatus,
    models: listOf(z.string()),
    current_epoch_stats: currentEpochStats,
    is_jailed: z.boolean().nullish(),
    jailed_until: nullableTimestamp,
    node_healthy: z.boolean().nullish(),
    node_health_checked_at: nullableTimestamp,
    missed_rate: nullableFloat,
    invalidation_rate: nullableFloat,
    confirmation_poc_ratio: nullableFloat,
    moniker: z.string().nullish(),
  })
  .transform(
    (p): TrackerParticipant => ({
      address: p.address || p.index,
      weight: p.weight,
      inferenceUrl: p.inference_url ?? '',
      status: p.status,
      models: p.models,
      currentEpochStats: p.current_epoch_stats,
      isJailed: p.is_jailed ?? null,
      jailedUntil: p.jailed_until,
      nodeHealthy: p.node_healthy ?? null,
      nodeHealthCheckedAt: p.node_health_checked_at,
      missedRate: p.missed_rate,
      invalidationRate: p.invalidation_rate,
      confirmationPocRatio: p.confirmation_poc_ratio,
      moniker: p.moniker ?? null,
    }),
  );

export const epochInferenceResponse = z
  .object({
    epoch_id: count,
    height: countOrZero,
    is_current: z.boolean().default(false),
    current_block_height: nullableCount,
    avg_block_time: nullableFloat,
    next_poc_start_block: nullableCount,
    set_new_validators_block: nullableCount,
    participants: listOf(trackerParticipant),
  })
  .transform(
    (r): TrackerEpochInference => ({
      epochId: r.epoch_id,
      height: r.height,
      isCurrent: r.is_current,
      currentBlockHeight: r.current_block_height,
      avgBlockTime: r.avg_block_time,
      nextPocStartBlock: r.next_poc_start_block,
      setNewValidatorsBlock: r.set_new_validators_block,
      participants: r.participants,
    }),
  );

const reward = z
  .object({
    epoch_id: count,
    // Python `int // 1e9` yields a float such as 3880.0, which JSON.parse reads as 3880.
    assigned_reward_gnk: z.number().int().nonnegative().nullish(),
    claimed: z.boolean().default(false),
  })
  .transform(
    (r): TrackerReward => ({
      epochId: r.epoch_id,
      assignedRewardGnkFloored: r.assigned_reward_gnk == null ? null : BigInt(r.assigned_reward_gnk),
      claimed: r.claimed,
    }),
  );

const trackerMlNode = hardwareNodeObject
  .extend({ poc_weight: nullableCount })
  .transform((n): TrackerMlNode => ({ ...toHardwareNode(n), pocWeight: n.poc_weight }));

export const participantDetailsResponse = z
  .object({
    participant: trackerParticipant,
    rewards: listOf(reward),
    ml_nodes: listOf(trackerMlNode),
    warm_keys: listOf(z.object({ grantee_address: stringOrEmpty, granted_at: nullableTimestamp })),
  })
  .transform(
    (r): TrackerParticipantDetails => ({
      participant: r.participant,
      rewards: r.rewards,
      mlNodes: r.ml_nodes,
      warmKeys: r.warm_keys.map((k) => ({ granteeAddress: k.grantee_address, grantedAt: k.granted_at })),
    }),
  );
