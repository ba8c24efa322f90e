import type { EpochPerformanceSummary } from '../../upstream/index.js';

/** A host's settled result of one epoch: `rewarded_coins` in GNK (never `earned_coins`, the fees) and the chain's claim flag. */
export interface HostReward {
  reward: string;
  claimed: boolean;
}

/** What the sync writes for one tracked node and epoch. */
export interface NodeReward extends HostReward {
  nodeId: string;
}

/** Per epoch, what is stored for the tracked nodes. */
export interface EpochState {
  /** A tracked node has no row for the epoch yet. */
  missing: boolean;
  /** A tracked node's non-zero reward is stored as not claimed. */
  unclaimed: boolean;
}

/** One epoch's summary to fetch; `claimWindow` when its rewards may still be claimed (the flag can flip). */
export interface EpochFetch {
  epoch: number;
  claimWindow: boolean;
}

/** ngonka (integer string) → GNK with 9 decimals, exactly. */
export function ngonkaToGnk(ngonka: bigint): string {
  const neg = ngonka < 0n;
  const abs = neg ? -ngonka : ngonka;
  const whole = abs / 1_000_000_000n;
  const frac = (abs % 1_000_000_000n).toString().padStart(9, '0');
  return `${neg ? '-' : ''}${whole}.${frac}`;
}

/**
 * The settled epochs a sync looks at: the last `backfill` epochs before the current one, down to
 * epoch 0. Null while no epoch has settled (the current one is 0 or the clock is not yet valid).
 */
export function syncWindow(currentEpoch: number, backfill: number): { first: number; latestSettled: number } | null {
  if (currentEpoch < 1) return null;
  return { first: Math.max(0, currentEpoch - backfill), latestSettled: currentEpoch - 1 };
}

/**
 * Which epochs' summaries to fetch, newest first, at most `budget`: an epoch where a tracked node
 * lacks its row, and the last settled epoch (the only one whose claim window is open, epoch =
 * current − 1) while a tracked reward of it is unclaimed. An older unclaimed reward is not read again:
 * its window closed at the next settlement. An epoch with no known state is skipped.
 */
export function epochsToFetch(window: { first: number; latestSettled: number }, states: ReadonlyMap<number, EpochState>, budget: number): EpochFetch[] {
  const fetches: EpochFetch[] = [];
  for (let epoch = window.latestSettled; epoch >= window.first && fetches.length < budget; epoch--) {
    const state = states.get(epoch);
    const claimWindow = epoch === window.latestSettled;
    if (!state?.missing && !(claimWindow && state?.unclaimed)) continue;
    fetches.push({ epoch, claimWindow });
  }
  return fetches;
}

/** An epoch's performance summaries keyed by host address. */
export function rewardsByHost(rows: readonly EpochPerformanceSummary[]): Record<string, HostReward> {
  return Object.fromEntries(rows.map((r) => [r.address, { reward: ngonkaToGnk(r.rewardedCoins), claimed: r.claimed }]));
}

/**
 * One reward per tracked node: its host's, or 0 and not claimed when it was not among the epoch's
 * hosts (not in the active set, so nothing was paid and there is nothing to claim).
 */
export function rewardsOfTracked(summary: Readonly<Record<string, HostReward>>, tracked: readonly { id: string; identifier: string }[]): NodeReward[] {
  return tracked.map((t) => ({ nodeId: t.id, reward: summary[t.identifier]?.reward ?? '0', claimed: summary[t.identifier]?.claimed ?? false }));
}

/** A known epoch end (ms since 1970, the chain's time) that others are counted from. */
export interface EpochEnd {
  epoch: number;
  ms: number;
}

/**
 * The known end an epoch's end is counted from: its own, else the nearest later one up to
 * `latest` (the last settled epoch). Undefined: count back from the last settled epoch's end, which
 * the caller reads from the chain (the time of the block the current epoch started at).
 */
export function settlementAnchor(epoch: number, known: ReadonlyMap<number, number>, latest: number): EpochEnd | undefined {
  const own = known.get(epoch);
  if (own !== undefined) return { epoch, ms: own };
  const later = [...known.keys()].filter((k) => k > epoch && k <= latest).sort((a, b) => a - b)[0];
  return later === undefined ? undefined : { epoch: later, ms: known.get(later)! };
}

/** `epoch`'s end counted back from `anchor` in whole epochs of `epochSeconds`, to the millisecond; a known end is kept as it is. */
export function countBackEnd(anchor: EpochEnd, epoch: number, epochSeconds: number): Date {
  if (anchor.epoch === epoch) return new Date(anchor.ms);
  return new Date(Math.round(anchor.ms - (anchor.epoch - epoch) * epochSeconds * 1000));
}
