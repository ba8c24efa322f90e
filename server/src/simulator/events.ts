/**
 * Network incidents, each a pure function of (seed, host, epoch). Incidents are intervals on the
 * epoch axis (t = epoch + progress) that start in some epoch and may run into the next ones, so
 * "is host X offline at t?" only needs the draws of the few epochs before t.
 */
import { EXCLUSION_REASONS } from './catalog.js';
import { draw, Topic } from './prng.js';

export interface Interval {
  start: number;
  end: number;
}

export interface Exclusion {
  status: 'INACTIVE' | 'INVALID';
  reason: string;
  /** Fraction of the epoch elapsed when the chain removed the host. */
  atProgress: number;
}

const OFFLINE_PROBABILITY = 0.03;
const OFFLINE_MAX_EPOCHS = 1.6;
const JAIL_PROBABILITY = 0.012;
const JAIL_MAX_EPOCHS = 2.6;
const INACTIVE_PROBABILITY = 0.013;
const INVALID_PROBABILITY = 0.007;
const HIGH_MISS_PROBABILITY = 0.03;
/** How far back to look for a past jail when reporting `jailed_until` of an unjailed validator. */
const JAIL_HISTORY_EPOCHS = 30;

/**
 * Incidents cluster on a minority of flaky hosts, as on mainnet: most hosts run steadily (a third of
 * the average rates, under one lost epoch a month), a quarter are flaky. The network-wide rates stay
 * the probabilities above (0.75 × 1/3 + 0.25 × 3 = 1).
 */
const FLAKY_SHARE = 0.25;
const STEADY_FACTOR = 1 / 3;
const FLAKY_FACTOR = (1 - (1 - FLAKY_SHARE) * STEADY_FACTOR) / FLAKY_SHARE;

/** How much more (or less) often than average incidents befall `host`. */
export function incidentFactor(seed: number, host: number): number {
  return draw(seed, Topic.flakiness, host) < FLAKY_SHARE ? FLAKY_FACTOR : STEADY_FACTOR;
}

/** Offline spell (health 503) starting in `epoch`, if any. */
export function offlineStartingIn(seed: number, host: number, epoch: number): Interval | null {
  if (draw(seed, Topic.offline, host, epoch, 0) >= OFFLINE_PROBABILITY * incidentFactor(seed, host)) return null;
  const start = epoch + draw(seed, Topic.offline, host, epoch, 1);
  return { start, end: start + 0.15 + draw(seed, Topic.offline, host, epoch, 2) * (OFFLINE_MAX_EPOCHS - 0.15) };
}

/** Jail (validator jailed by slashing) starting in `epoch`, if any. */
export function jailStartingIn(seed: number, host: number, epoch: number): Interval | null {
  if (draw(seed, Topic.jail, host, epoch, 0) >= JAIL_PROBABILITY * incidentFactor(seed, host)) return null;
  const start = epoch + draw(seed, Topic.jail, host, epoch, 1);
  return { start, end: start + 0.6 + draw(seed, Topic.jail, host, epoch, 2) * (JAIL_MAX_EPOCHS - 0.6) };
}

export function isOffline(seed: number, host: number, t: number): boolean {
  return covering(offlineStartingIn, seed, host, t, Math.ceil(OFFLINE_MAX_EPOCHS)) !== null;
}

export function activeJail(seed: number, host: number, t: number): Interval | null {
  return covering(jailStartingIn, seed, host, t, Math.ceil(JAIL_MAX_EPOCHS));
}

/** Most recent jail that already ended before t (an unjailed validator keeps its old jailed_until). */
export function lastEndedJail(seed: number, host: number, t: number): Interval | null {
  const current = Math.floor(t);
  for (let epoch = current; epoch >= current - JAIL_HISTORY_EPOCHS; epoch--) {
    const jail = jailStartingIn(seed, host, epoch);
    if (jail && jail.end <= t) return jail;
  }
  return null;
}

/** Of two intervals (either may be missing), the one that ends later. */
export function laterEnding(a: Interval | null, b: Interval | null): Interval | null {
  if (!a || !b) return a ?? b;
  return a.end >= b.end ? a : b;
}

/** Removal from the epoch's active set (status INACTIVE/INVALID), if it happens in `epoch`. */
export function exclusionIn(seed: number, host: number, epoch: number): Exclusion | null {
  const f = incidentFactor(seed, host);
  const r = draw(seed, Topic.exclusion, host, epoch, 0);
  if (r >= (INACTIVE_PROBABILITY + INVALID_PROBABILITY) * f) return null;
  const status = r < INACTIVE_PROBABILITY * f ? 'INACTIVE' : 'INVALID';
  const reasons = EXCLUSION_REASONS[status];
  const reason = reasons[Math.floor(draw(seed, Topic.exclusion, host, epoch, 1) * reasons.length)];
  return { status, reason, atProgress: 0.2 + draw(seed, Topic.exclusion, host, epoch, 2) * 0.7 };
}

/** Host that misses many of few requests this epoch (it usually fails the downtime test: no reward). */
export function hasHighMissRate(seed: number, host: number, epoch: number): boolean {
  return draw(seed, Topic.highMiss, host, epoch) < HIGH_MISS_PROBABILITY * incidentFactor(seed, host);
}

function covering(
  startingIn: (seed: number, host: number, epoch: number) => Interval | null,
  seed: number,
  host: number,
  t: number,
  lookback: number,
): Interval | null {
  const current = Math.floor(t);
  for (let epoch = current; epoch >= current - lookback; epoch--) {
    const interval = startingIn(seed, host, epoch);
    if (interval && interval.start <= t && t < interval.end) return interval;
  }
  return null;
}
