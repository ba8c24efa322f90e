/**
 * Hyperfusion tracker's per-participant inference list (gonka-tracker `ParticipantInferencesResponse`):
 * a bounded sample of the host's most recent jobs of an epoch, grouped as successful / expired /
 * invalidated, consistent with the counters the other routes report for the same instant.
 *
 * Job k of an epoch is a pure function of (seed, host, epoch, k): the i-th inference sits in slot
 * i of the epoch's planned inferences, the j-th missed request in slot j of the planned misses, so
 * a job keeps its id, time and tokens as the epoch goes on and only new jobs appear.
 */
import { EPOCH_LENGTH_BLOCKS, pocStartHeight, type ClockReading } from '../clock.js';
import { workloadAt, type MemberPlan } from '../epoch-plan.js';
import { hash32, Rng } from '../prng.js';
import type { SimContext } from './context.js';
import { pythonIso } from './format.js';
import { observationPoint } from './hyperfusion-views.js';

/** Jobs the tracker returns per request (it keeps a recent window, not the whole epoch). */
export const INFERENCE_SAMPLE_SIZE = 50;
/** Own PRNG topics (kept apart from prng.ts `Topic` values) for inferences and missed requests. */
const TOPIC_INFERENCE_JOB = 101;
const TOPIC_MISSED_JOB = 102;
/** How long (in epochs) a finished inference waits for its validators. */
const VALIDATION_LAG = 0.01;

type JobStatus = 'FINISHED' | 'VALIDATED' | 'INVALIDATED' | 'EXPIRED';

interface SimJob {
  t: number; // position in the epoch, [0, 1)
  status: JobStatus;
  rng: Rng;
}

export function participantInferences(ctx: SimContext, epoch: number, member: MemberPlan, now: ClockReading) {
  const { state } = ctx;
  const host = state.hosts[member.host];
  const at = observationPoint(epoch, now);
  const live = workloadAt(member, at.progress);
  const planned = member.workload;
  const invalidatedSlots = invalidatedInferenceSlots(planned.inferences, planned.invalidated, live.invalidated);

  // Validators sample inferences (not all get checked), and only some time after they finish.
  const validatedShare = planned.inferences === 0 ? 0 : planned.validated / planned.inferences;
  let validatedLeft = live.validated;
  const recent: SimJob[] = [];
  for (let i = 0; i < Math.min(live.inferences, INFERENCE_SAMPLE_SIZE); i++) {
    const slot = live.inferences - 1 - i;
    const rng = new Rng(hash32(state.seed, TOPIC_INFERENCE_JOB, member.host, epoch, slot));
    const t = (slot + rng.next()) / planned.inferences;
    const checked = rng.next() < validatedShare && t < at.progress - VALIDATION_LAG && validatedLeft > 0;
    const status: JobStatus = invalidatedSlots.has(slot) ? 'INVALIDATED' : checked ? 'VALIDATED' : 'FINISHED';
    if (status === 'VALIDATED') validatedLeft--;
    recent.push({ t, status, rng });
  }
  for (let j = live.missed - 1; j >= Math.max(0, live.missed - INFERENCE_SAMPLE_SIZE); j--) {
    const rng = new Rng(hash32(state.seed, TOPIC_MISSED_JOB, member.host, epoch, j));
    recent.push({ t: (j + rng.next()) / planned.missed, status: 'EXPIRED', rng });
  }
  const sample = recent.sort((a, b) => b.t - a.t).slice(0, INFERENCE_SAMPLE_SIZE);

  const validators = state
    .plan(epoch)
    .members.filter((m) => m.host !== member.host)
    .map((m) => state.hosts[m.host].address);
  const details = sample.map((job) => inferenceDetail(ctx, epoch, job, host.models, validators));
  return {
    epoch_id: epoch,
    participant_id: host.address,
    successful: details.filter((d) => d.status === 'VALIDATED' || d.status === 'FINISHED'),
    expired: details.filter((d) => d.status === 'EXPIRED'),
    invalidated: details.filter((d) => d.status === 'INVALIDATED'),
    cached_at: pythonIso(now.wallMs),
  };
}

/** The first `reached` of the epoch's planned invalidations, spread evenly over its inferences. */
function invalidatedInferenceSlots(plannedInferences: number, plannedInvalidated: number, reached: number): Set<number> {
  const slots = new Set<number>();
  for (let k = 0; k < Math.min(reached, plannedInvalidated); k++) slots.add(Math.floor(((k + 0.5) * plannedInferences) / plannedInvalidated));
  return slots;
}

function inferenceDetail(ctx: SimContext, epoch: number, job: SimJob, models: readonly string[], validators: readonly string[]) {
  const { rng } = job;
  const inferenceId = Buffer.from(rng.bytes(32)).toString('base64');
  const model = rng.pick(models);
  // Chat-style requests: prompts of tens to a few thousand tokens, completions mostly under 1k.
  const promptTokens = Math.round(40 * Math.exp(rng.next() * 4.4));
  const completionTokens = job.status === 'EXPIRED' ? 0 : Math.round(20 * Math.exp(rng.next() * 4.2));
  const validatorCount = job.status === 'VALIDATED' || job.status === 'INVALIDATED' ? rng.int(1, 3) : 0;
  const validatedBy: string[] = [];
  for (let v = 0; v < Math.min(validatorCount, validators.length); v++) validatedBy.push(rng.pick(validators));
  const height = pocStartHeight(epoch) + Math.floor(job.t * EPOCH_LENGTH_BLOCKS);
  return {
    inference_id: inferenceId,
    status: job.status,
    start_block_height: String(height),
    start_block_timestamp: String(Math.floor(ctx.state.clock.wallTimeAt(epoch + job.t))),
    validated_by: [...new Set(validatedBy)],
    prompt_hash: rng.hex(32),
    response_hash: job.status === 'EXPIRED' ? '' : rng.hex(32),
    prompt_payload: null,
    response_payload: null,
    prompt_token_count: String(promptTokens),
    completion_token_count: String(completionTokens),
    model,
  };
}
