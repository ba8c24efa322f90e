import { z } from 'zod';
import { INFERENCE_STATUSES, type InferenceJob, type ParticipantInferences } from '../hyperfusion-inferences.types.js';
import { count, countOrZero, listOf, stringOrEmpty } from './primitives.js';

/**
 * gonka-tracker `ParticipantInferencesResponse`: chain integers as strings (numbers accepted too),
 * `start_block_timestamp` in Unix milliseconds. An unknown status name is a schema error, as for
 * participant statuses: a newer enum must be looked at, not guessed.
 */

/** Unix ms → Date; "0", empty or missing means unknown. */
const unixMsOrNull = z
  .union([count, z.literal('')])
  .nullish()
  .transform((ms) => (typeof ms === 'number' && ms > 0 ? new Date(ms) : null));

const inferenceDetail = z
  .object({
    inference_id: z.string().min(1),
    status: z.enum(INFERENCE_STATUSES),
    start_block_height: countOrZero,
    start_block_timestamp: unixMsOrNull,
    validated_by: listOf(z.string()),
    prompt_token_count: countOrZero,
    completion_token_count: countOrZero,
    model: stringOrEmpty,
  })
  .transform(
    (d): InferenceJob => ({
      inferenceId: d.inference_id,
      status: d.status,
      startBlockHeight: d.start_block_height,
      startedAt: d.start_block_timestamp,
      model: d.model,
      promptTokens: d.prompt_token_count,
      completionTokens: d.completion_token_count,
      validatedBy: d.validated_by,
    }),
  );

export function participantInferencesResponse(requestedAddress: string) {
  return z
    .object({
      epoch_id: count,
      participant_id: z.string().nullish(),
      successful: listOf(inferenceDetail),
      expired: listOf(inferenceDetail),
      invalidated: listOf(inferenceDetail),
    })
    .transform(
      (r): ParticipantInferences => ({
        epochId: r.epoch_id,
        address: r.participant_id || requestedAddress,
        jobs: [...r.successful, ...r.expired, ...r.invalidated],
      }),
    );
}
