/**
 * Hyperfusion tracker (gonka-tracker, Pydantic): chain stats stay strings, computed rates are
 * floats, unknown optionals are null. A past epoch is shown as the tracker recorded it at its end.
 */
import type { ClockReading } from '../clock.js';
import { isExcludedAt, workloadAt, type MemberPlan } from '../epoch-plan.js';
import { draw, Topic } from '../prng.js';
import { missedRate, NGONKA_PER_GNK } from '../settlement.js';
import { inferenceUrl, type SimContext } from './context.js';
import { pythonIso, rfc3339, round4 } from './format.js';

/** Share of hosts whose validator record the tracker could not resolve (fields come back null). */
const UNRESOLVED_VALIDATOR_SHARE = 0.03;
/** Share of hosts that had no confirmation PoC this epoch (ratio null, weights 0). */
const NO_CONFIRMATION_SHARE = 0.3;
const HEALTH_CHECK_LAG_MS = 90_000;

/** Observation point: the current instant for the live epoch, the epoch's end for a past one. */
export function observationPoint(epoch: number, now: ClockReading): { t: number; progress: number; wallMs: number; settled: boolean } {
  if (epoch >= now.epoch) return { t: now.t, progress: now.progress, wallMs: now.wallMs, settled: false };
  return { t: epoch + 0.999, progress: 1, wallMs: now.wallMs, settled: true };
}

export function hyperfusionParticipant(ctx: SimContext, epoch: number, member: MemberPlan, now: ClockReading) {
  const { state } = ctx;
  const host = state.hosts[member.host];
  const at = observationPoint(epoch, now);
  const work = workloadAt(member, at.progress);
  const rewarded = at.settled ? (state.settledResult(epoch, member.host)?.rewarded ?? 0n) : 0n;
  const status = isExcludedAt(member, at.progress) ? member.exclusion!.status : 'ACTIVE';
  const unresolved = draw(state.seed, Topic.identity, member.host) < UNRESOLVED_VALIDATOR_SHARE;
  const jail = state.activeJail(member.host, at.t);
  const jailedUntil = jail ? state.clock.wallTimeAt(jail.end) : null;
  const confirmed = draw(state.seed, Topic.identity, member.host, epoch) >= NO_CONFIRMATION_SHARE;
  return {
    index: host.address,
    address: host.address,
    weight: member.weight,
    validator_key: host.validatorKey,
    inference_url: inferenceUrl(ctx, host.address),
    status,
    models: host.models,
    current_epoch_stats: {
      inference_count: String(work.inferences),
      missed_requests: String(work.missed),
      earned_coins: String(work.earnedFees),
      rewarded_coins: rewarded.toString(),
      burned_coins: '0',
      validated_inferences: String(work.validated),
      invalidated_inferences: String(work.invalidated),
    },
    is_jailed: unresolved ? null : jail !== null,
    jailed_until: unresolved || jailedUntil === null ? null : rfc3339(jailedUntil),
    ready_to_unjail: unresolved ? null : jailedUntil !== null && at.wallMs >= jailedUntil,
    node_healthy: state.isHealthy(member.host, at.t),
    node_health_checked_at: pythonIso(at.wallMs - HEALTH_CHECK_LAG_MS),
    moniker: host.moniker || null,
    identity: null,
    keybase_username: null,
    keybase_picture_url: null,
    website: host.website || null,
    validator_consensus_key: unresolved ? null : host.validatorKey,
    consensus_key_mismatch: unresolved ? null : false,
    seed_signature: member.seedSignature,
    ml_nodes_map: Object.fromEntries(host.mlNodes.map((n, k) => [n.localId, member.nodeWeights[k]])),
    weight_to_confirm: confirmed ? member.weight : 0,
    confirmation_weight: confirmed ? Math.round(member.weight * member.confirmationPocRatio) : 0,
    confirmation_poc_ratio: confirmed ? member.confirmationPocRatio : null,
    participant_status: status,
    missed_rate: round4(missedRate(work.missed, work.inferences)),
    invalidation_rate: work.inferences === 0 ? 0 : round4(work.invalidated / work.inferences),
  };
}

/** Whole GNK, floored, as the tracker reports `assigned_reward_gnk`. */
export function wholeGnk(ngonka: bigint): number {
  return Number(ngonka / NGONKA_PER_GNK);
}
