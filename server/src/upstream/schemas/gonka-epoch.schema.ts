import { z } from 'zod';
import type { EpochClock, EpochMlNode, EpochParticipants, EpochStages, ExcludedParticipant } from '../gonka.types.js';
import { count, countOrUnknown, countOrZero, listOf, stringOrEmpty } from './primitives.js';

/**
 * Node API `/v1/epochs/{n|current}/participants` and `/v1/epochs/latest` (Go encoding/json:
 * numbers, zero fields omitted; v0.2.15 hosts send the numbers as strings — both accepted).
 * Proof material (`block`, `proof_ops`, `validators`, `active_participants_bytes`) varies in shape
 * between versions and is not read, so it is not validated either.
 */

const mlNode = z.object({
  node_id: stringOrEmpty,
  poc_weight: countOrUnknown,
  // Mainnet's list carries none (epoch-105 sample): unknown, not 0 tok/s.
  throughput: countOrUnknown,
});

const participant = z
  .object({
    index: z.string().min(1),
    weight: countOrUnknown,
    inference_url: stringOrEmpty,
    validator_key: stringOrEmpty,
    models: listOf(z.string()),
    // ml_nodes[i] holds the nodes serving models[i].
    ml_nodes: listOf(z.object({ ml_nodes: listOf(mlNode) })),
  })
  .transform((p) => ({
    address: p.index,
    weight: p.weight,
    inferenceUrl: p.inference_url,
    validatorKey: p.validator_key,
    models: p.models,
    mlNodes: p.ml_nodes.flatMap((group, i): EpochMlNode[] =>
      group.ml_nodes.map((node) => ({
        nodeId: node.node_id,
        modelId: p.models[i] ?? null,
        pocWeight: node.poc_weight,
        throughput: node.throughput,
      })),
    ),
  }));

export const excludedParticipant = z
  .object({
    address: z.string().min(1),
    reason: stringOrEmpty,
    exclusion_block_height: countOrZero,
    epoch_index: count.optional(),
  })
  .transform(
    (e): ExcludedParticipant => ({
      address: e.address,
      reason: e.reason,
      exclusionBlockHeight: e.exclusion_block_height,
      epochIndex: e.epoch_index ?? null,
    }),
  );

export const epochParticipantsResponse = z
  .object({
    active_participants: z.object({
      participants: listOf(participant),
      epoch_id: count.optional(),
      // Older nodes (docs example) have only the group id, which equals the epoch id.
      epoch_group_id: count.optional(),
      poc_start_block_height: countOrZero,
      created_at_block_height: countOrZero,
    }),
    // Added in newer node versions; absent means none.
    excluded_participants: listOf(excludedParticipant),
  })
  .transform(
    ({ active_participants: a, excluded_participants }): EpochParticipants => ({
      epochId: a.epoch_id ?? a.epoch_group_id ?? 0,
      pocStartBlockHeight: a.poc_start_block_height,
      createdAtBlockHeight: a.created_at_block_height,
      participants: a.participants,
      excluded: excluded_participants,
    }),
  );

const stages = z
  .object({
    epoch_index: countOrZero,
    poc_start: countOrZero,
    poc_generation_end: countOrZero,
    poc_validation_end: countOrZero,
    set_new_validators: countOrZero,
    claim_money: countOrZero,
    inference_validation_cutoff: countOrZero,
    next_poc_start: countOrZero,
  })
  .transform(
    (s): EpochStages => ({
      epochIndex: s.epoch_index,
      pocStart: s.poc_start,
      pocGenerationEnd: s.poc_generation_end,
      pocValidationEnd: s.poc_validation_end,
      setNewValidators: s.set_new_validators,
      claimMoney: s.claim_money,
      inferenceValidationCutoff: s.inference_validation_cutoff,
      nextPocStart: s.next_poc_start,
    }),
  );

const epochLength = count.refine((n) => n > 0, 'epoch_length must be positive');
// v0.2.15 hosts nest the params one level deeper (`epoch_params.epoch_params`), with string ints.
const epochParams = z.union([
  z.object({ epoch_params: z.object({ epoch_length: epochLength }) }).transform((p) => p.epoch_params),
  z.object({ epoch_length: epochLength }),
]);

export const epochClockResponse = z
  .object({
    block_height: count,
    latest_epoch: z.object({ index: countOrZero, poc_start_block_height: countOrZero }),
    phase: z.string().min(1),
    epoch_stages: stages,
    next_epoch_stages: stages,
    epoch_params: epochParams,
    is_confirmation_poc_active: z.boolean().default(false),
  })
  .transform(
    (r): EpochClock => ({
      blockHeight: r.block_height,
      epochIndex: r.latest_epoch.index,
      pocStartBlockHeight: r.latest_epoch.poc_start_block_height,
      phase: r.phase,
      epochLength: r.epoch_params.epoch_length,
      stages: r.epoch_stages,
      nextStages: r.next_epoch_stages,
      isConfirmationPocActive: r.is_confirmation_poc_active,
    }),
  );
