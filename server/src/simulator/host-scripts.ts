/**
 * Scripted hosts (demos and tests): `POST /__sim/hosts/{address}` bends one host's facts for a range
 * of epochs. Scripts are kept as segments per host, newest last; an epoch takes the newest segment
 * covering it. Clearing a host adds a "normal" segment from the current epoch on, so epochs that
 * already settled under a script keep it (and recompute the same after memo eviction).
 */
import { z } from 'zod';
import type { Interval } from './events.js';
import type { EpochWorkload, MemberPlan } from './epoch-plan.js';

export const hostScriptSchema = z
  .object({
    missRate: z.number().min(0).max(0.95).optional(),
    invalidRate: z.number().min(0).max(1).optional(),
    jailed: z.boolean().optional(),
    offline: z.boolean().optional(),
    excluded: z.string().min(1).max(200).optional(),
    invalid: z.boolean().optional(),
    claim: z.boolean().optional(),
    fromEpoch: z.number().int().min(1).optional(),
    toEpoch: z.number().int().min(1).optional(),
  })
  .strict()
  .refine((s) => s.fromEpoch === undefined || s.toEpoch === undefined || s.fromEpoch <= s.toEpoch, {
    message: 'fromEpoch must be <= toEpoch',
    path: ['toEpoch'],
  });

export type HostScript = z.infer<typeof hostScriptSchema>;

export const INVALID_REASON = 'invalid inferences: statistical test';
/** A host scripted to miss requests serves at least this many, so the downtime test applies. */
const MIN_SCRIPTED_INFERENCES = 50;
const SCRIPTED_INFERENCES = 200;
/** Share of inferences invalidated when a host is scripted INVALID without an invalidRate. */
const INVALID_SHARE = 0.2;
/** In epochs before the script was posted (an explicit past range) an exclusion came halfway. */
const PAST_EXCLUSION_PROGRESS = 0.5;

export interface ScriptSegment {
  /** null: back to the seeded behaviour (DELETE). */
  script: HostScript | null;
  from: number;
  to: number;
  /** When the segment was posted (its exclusion/jail start there); kept apart, as epoch + progress loses the progress's last bits. */
  postedEpoch: number;
  postedProgress: number;
  explicitFrom: boolean;
}

export class HostScripts {
  private readonly segments = new Map<number, ScriptSegment[]>();

  set(host: number, segment: ScriptSegment): void {
    this.segments.set(host, [...(this.segments.get(host) ?? []), segment]);
  }

  /** The script in force for `host` at `epoch`, with its segment, or null (seeded behaviour). */
  at(host: number, epoch: number): ScriptSegment | null {
    const list = this.segments.get(host);
    if (!list) return null;
    for (let i = list.length - 1; i >= 0; i--) {
      const s = list[i];
      if (s.from <= epoch && epoch <= s.to) return s.script ? s : null;
    }
    return null;
  }

  /** The host's latest script, as GET reports it. */
  latest(host: number): ScriptSegment | null {
    const list = this.segments.get(host);
    const last = list?.[list.length - 1];
    return last?.script ? last : null;
  }

  /** The latest scripted jail of `host` that ended by t (an unjailed validator keeps its jailed_until). */
  lastEndedJail(host: number, t: number): Interval | null {
    let found: Interval | null = null;
    for (const segment of this.segments.get(host) ?? []) {
      const jail = segment.script?.jailed ? scriptedJail(segment, t) : null;
      if (jail && jail.end <= t && (!found || jail.end > found.end)) found = jail;
    }
    return found;
  }

  hosts(): number[] {
    return [...this.segments.keys()];
  }

  clear(): void {
    this.segments.clear();
  }
}

/** Whether a scripted-offline host sits epoch `epoch` out: only epochs planned while it was offline. */
export function keepsOutOfPlan(segment: ScriptSegment, epoch: number): boolean {
  return segment.script?.offline === true && (segment.explicitFrom || epoch > segment.postedEpoch);
}

export function scriptedJail(segment: ScriptSegment, t: number): Interval | null | undefined {
  const jailed = segment.script?.jailed;
  if (jailed === undefined) return undefined;
  if (!jailed) return null;
  const postedAt = segment.postedEpoch + segment.postedProgress;
  const start = segment.explicitFrom ? Math.min(segment.from, postedAt) : postedAt;
  return { start, end: Number.isFinite(segment.to) ? segment.to + 1 : Math.floor(t) + 2 };
}

export function applyScript(member: MemberPlan, segment: ScriptSegment, epoch: number): MemberPlan {
  const script = segment.script!;
  const workload: EpochWorkload = { ...member.workload };
  if (script.missRate !== undefined) {
    if (workload.inferences < MIN_SCRIPTED_INFERENCES) {
      const scale = workload.inferences > 0 ? SCRIPTED_INFERENCES / workload.inferences : 0;
      workload.validated = Math.floor(scale ? workload.validated * scale : SCRIPTED_INFERENCES * 0.9);
      workload.earnedFees = Math.floor(scale ? workload.earnedFees * scale : SCRIPTED_INFERENCES * 450);
      workload.inferences = SCRIPTED_INFERENCES;
    }
    // missed / (missed + inferences) = rate
    workload.missed = Math.round((script.missRate * workload.inferences) / (1 - script.missRate));
  }
  if (script.invalidRate !== undefined) workload.invalidated = Math.round(script.invalidRate * workload.inferences);
  let exclusion = member.exclusion;
  const atProgress = exclusionProgress(segment, epoch);
  if (script.invalid === true) {
    exclusion = { status: 'INVALID', reason: script.excluded ?? INVALID_REASON, atProgress };
    if (script.invalidRate === undefined)
      workload.invalidated = Math.max(workload.invalidated, Math.min(workload.inferences, Math.max(5, Math.ceil(INVALID_SHARE * workload.inferences))));
  } else if (script.excluded !== undefined) {
    exclusion = { status: 'INACTIVE', reason: script.excluded, atProgress };
  } else if (script.invalid === false && exclusion?.status === 'INVALID') {
    exclusion = null;
  }
  return { ...member, workload, exclusion };
}

/** Now in the epoch it was posted; from the start in later epochs; halfway in earlier ones. */
function exclusionProgress(segment: ScriptSegment, epoch: number): number {
  if (epoch === segment.postedEpoch) return segment.postedProgress;
  return epoch > segment.postedEpoch ? 0 : PAST_EXCLUSION_PROGRESS;
}
