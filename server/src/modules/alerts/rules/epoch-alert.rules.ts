/**
 * Epoch-guard alerts (issue #14) from what the refresh already has: the network view (risk of the
 * running epoch, the claim window's end) and the outcomes the sync just stored (zero reward,
 * expiry, drop against the node's median). Pure: the evaluator feeds it rows and the view.
 */
import type { NetworkView } from '../../../network/network-view.types.js';
import { gnkToNgonka } from '../alert-texts.format.js';

/** A stored outcome, as the rules need it (reward as exact GNK text). */
export interface OutcomeFact {
  nodeId: string;
  epoch: number;
  reward: string;
  claimed: boolean;
  verdict: string | null;
  verdictReason: string | null;
  claimsFinal: boolean;
  /** Inserted during this refresh. */
  fresh: boolean;
}

/** How many of a node's last paid epochs the earnings-drop median is taken over, and the least it needs. */
export const DROP_MEDIAN_EPOCHS = 7;
export const DROP_MEDIAN_MIN = 3;

const isZero = (gnk: string) => /^0+(\.0*)?$/.test(gnk);

/** When the current epoch ends — the claim window of epoch current − 1 closes then (null without the chain's clock). */
export function claimWindowCloses(view: Pick<NetworkView, 'chainClock' | 'epochSeconds'>, at: Date): Date | null {
  const clock = view.chainClock;
  if (!clock || !view.epochSeconds) return null;
  const remaining = Math.max(0, clock.epochStartHeight + clock.epochLength - clock.blockHeight);
  return new Date(at.getTime() + remaining * (view.epochSeconds / clock.epochLength) * 1000);
}

/** Epochs that settled during this refresh with nothing paid (only the latest settled: a back-fill is history, not news). */
export function zeroRewards(rows: readonly OutcomeFact[], current: number): OutcomeFact[] {
  return rows.filter((r) => r.fresh && r.epoch >= current - 1 && isZero(r.reward));
}

/** Positive rewards left unclaimed when their window closed (the epoch before the claimable one, flags final). */
export function expiredRewards(rows: readonly OutcomeFact[], current: number): OutcomeFact[] {
  return rows.filter((r) => r.epoch === current - 2 && !isZero(r.reward) && !r.claimed && r.claimsFinal);
}

/** Claimable rewards (epoch current − 1, unclaimed) whose window closes within `hours`; by node. */
export function closingClaims(rows: readonly OutcomeFact[], current: number, closes: Date | null, now: Date, hours: (nodeId: string) => number): OutcomeFact[] {
  if (!closes) return [];
  const left = closes.getTime() - now.getTime();
  return rows.filter((r) => r.epoch === current - 1 && !isZero(r.reward) && !r.claimed && left <= hours(r.nodeId) * 3_600_000);
}

/** Median of ngonka amounts (the lower middle for an even count: conservative, never fractional). */
export function medianNgonka(values: readonly bigint[]): bigint | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/**
 * A paid epoch below `share` × the median of the node's last paid epochs before it. A zero reward
 * is EPOCH_ZERO_REWARD's, not a drop. Returns the median (ngonka) when it is a drop.
 */
export function earningsDrop(row: OutcomeFact, previousPaid: readonly string[], share: number): bigint | null {
  if (!row.fresh || isZero(row.reward) || previousPaid.length < DROP_MEDIAN_MIN) return null;
  const median = medianNgonka(previousPaid.slice(0, DROP_MEDIAN_EPOCHS).map((g) => BigInt(gnkToNgonka(g))));
  if (median === null) return null;
  // share as parts per million keeps the comparison in integers.
  const ppm = BigInt(Math.round(share * 1_000_000));
  return BigInt(gnkToNgonka(row.reward)) * 1_000_000n < median * ppm ? median : null;
}
