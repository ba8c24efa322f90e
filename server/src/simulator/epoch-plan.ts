/**
 * What happens in one epoch, fixed when the epoch starts: who is in the active set, their weights,
 * and the full-epoch workload each host will reach (live counts are a fraction of these).
 */
import { exclusionIn, hasHighMissRate, isOffline, type Exclusion } from './events.js';
import type { HostProfile } from './host-profiles.js';
import { applyScript, keepsOutOfPlan, type HostScripts } from './host-scripts.js';
import { hash32, Rng, Topic } from './prng.js';

export interface EpochWorkload {
  inferences: number;
  missed: number;
  validated: number;
  invalidated: number;
  /** Inference fees in ngonka — tiny, and not the host's income. */
  earnedFees: number;
}

export interface MemberPlan {
  host: number;
  weight: number;
  /** PoC weight of each ML node, in the order of the host's `mlNodes`. */
  nodeWeights: number[];
  workload: EpochWorkload;
  exclusion: Exclusion | null;
  confirmationPocRatio: number;
  seedSignature: string;
}

export interface EpochPlan {
  epoch: number;
  members: MemberPlan[];
  /** host index → position in `members`, or -1 when the host sat this epoch out. */
  memberIndexByHost: Int32Array;
  totalWeight: number;
}

const MAX_INFERENCES = 1_255;
const MAX_MISSED = 24;
const MAX_INVALIDATED = 8;
/** Below this weight (about one A100) a host may get no request in an epoch. */
const IDLE_MAX_WEIGHT = 150;
/** Share of host-epochs whose confirmation PoC fell short of 1; most by a little (trackers flag < 0.9). */
const CONFIRMATION_SHORT_SHARE = 0.15;

/** Usually 1; else 0.6..0.99 skewed to the top, so only ~2 % of host-epochs fall under 0.9. */
function confirmationRatio(rng: Rng): number {
  if (rng.next() < 1 - CONFIRMATION_SHORT_SHARE) return 1;
  return Math.round((0.6 + 0.39 * rng.next() ** 0.15) * 1e4) / 1e4;
}

export function buildEpochPlan(seed: number, hosts: readonly HostProfile[], epoch: number, scripts?: HostScripts): EpochPlan {
  const members: MemberPlan[] = [];
  const memberIndexByHost = new Int32Array(hosts.length).fill(-1);
  let totalWeight = 0;
  for (const host of hosts) {
    const segment = scripts?.at(host.index, epoch) ?? null;
    // A host takes part only if it had joined and was online for the epoch's PoC (a script may say otherwise).
    const offline = segment?.script?.offline === false ? false : segment && keepsOutOfPlan(segment, epoch) ? true : isOffline(seed, host.index, epoch);
    if (host.joinEpoch >= epoch || offline) continue;
    const planned = planMember(seed, host, epoch);
    const member = segment ? applyScript(planned, segment, epoch) : planned;
    memberIndexByHost[host.index] = members.length;
    members.push(member);
    totalWeight += member.weight;
  }
  return { epoch, members, memberIndexByHost, totalWeight };
}

function planMember(seed: number, host: HostProfile, epoch: number): MemberPlan {
  const rng = new Rng(hash32(seed, Topic.workload, host.index, epoch));
  const nodeWeights = host.mlNodes.map((node) => Math.max(1, Math.round(node.gpuCount * node.gpu.weightPerGpu * node.efficiency * (0.97 + rng.next() * 0.06))));
  const weight = nodeWeights.reduce((sum, w) => sum + w, 0);
  const exclusion = exclusionIn(seed, host.index, epoch);
  const workload = planWorkload(rng, weight, hasHighMissRate(seed, host.index, epoch), exclusion);
  return {
    host: host.index,
    weight,
    nodeWeights,
    workload,
    exclusion,
    confirmationPocRatio: confirmationRatio(rng),
    seedSignature: rng.hex(64),
  };
}

function planWorkload(rng: Rng, weight: number, highMiss: boolean, exclusion: Exclusion | null): EpochWorkload {
  // Bigger hosts get routed more requests. Only a host too small to be routed much may sit idle a
  // whole epoch; a serving server always gets some (a healthy node at 0 jobs/day is not believable).
  const capacity = 150 + (MAX_INFERENCES - 150) * Math.min(1, weight / 25_000) ** 0.6;
  const idle = rng.next() < 0.04 && weight < IDLE_MAX_WEIGHT;
  let inferences = idle ? 0 : Math.floor(capacity * (0.35 + 0.65 * rng.next()));
  let missed: number;
  if (highMiss) {
    // Still within the usual 0–24 missed, but on few requests, so the rate lands at 12–35% and most
    // such hosts fail the downtime test (p0 = 10 % on a healthy network).
    const rate = 0.12 + rng.next() * 0.23;
    missed = rng.int(8, MAX_MISSED);
    inferences = Math.min(inferences, Math.floor((missed * (1 - rate)) / rate));
  } else {
    // Stays under 9% of requests (and at most 24), well inside the downtime test at p0 = 10 %.
    missed = Math.floor(rng.next() * Math.min(MAX_MISSED, 0.09 * inferences));
  }
  let invalidated = rng.next() < 0.85 ? 0 : rng.int(1, MAX_INVALIDATED);
  if (exclusion?.status === 'INVALID') invalidated = rng.int(5, MAX_INVALIDATED);
  invalidated = Math.min(invalidated, inferences);
  const validated = Math.floor(inferences * (0.85 + rng.next() * 0.1));
  return { inferences, missed, validated, invalidated, earnedFees: inferences * rng.int(250, 650) };
}

/** Counts reached at `progress` of the epoch; an excluded host stops counting when removed. */
export function workloadAt(member: MemberPlan, progress: number): EpochWorkload {
  const p = member.exclusion && progress >= member.exclusion.atProgress ? member.exclusion.atProgress : progress;
  if (p >= 1) return member.workload;
  const w = member.workload;
  return {
    inferences: Math.floor(w.inferences * p),
    missed: Math.floor(w.missed * p),
    validated: Math.floor(w.validated * p),
    invalidated: Math.floor(w.invalidated * p),
    earnedFees: Math.floor(w.earnedFees * p),
  };
}

export function isExcludedAt(member: MemberPlan, progress: number): boolean {
  return member.exclusion !== null && progress >= member.exclusion.atProgress;
}
