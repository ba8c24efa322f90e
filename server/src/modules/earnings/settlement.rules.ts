import type { EpochPerformanceSummary } from '../../upstream/index.js';
import { networkTotals, type DowntimeThreshold, downtimeThreshold } from '../epochs/downtime-test.rules.js';
import { epochVerdict, type EpochCounts, type Verdict } from '../epochs/epoch-verdict.rules.js';

/** A host's settled result of one epoch: `rewarded_coins` in GNK (never `earned_coins`, the fees), the chain's claim flag and its counts. */
export interface HostReward {
  reward: string;
  claimed: boolean;
  /** null: the summary did not carry all four counts. */
  counts: EpochCounts | null;
}

/** One settled epoch as the chain reported it for every host, with the downtime threshold it was judged by. */
export interface EpochSummary {
  hosts: Record<string, HostReward>;
  /** address → the chain's exclusion reason. */
  exclusions: Record<string, string>;
  threshold: DowntimeThreshold;
}

/** What the sync writes for one tracked node and epoch: the reward, its claim flag and what explains it. */
export interface NodeReward {
  nodeId: string;
  reward: string;
  claimed: boolean;
  inSummary: boolean;
  counts: EpochCounts | null;
  exclusionReason: string | null;
  verdict: Verdict;
}

/** Per epoch, what is stored for the tracked nodes. */
export interface EpochState {
  /** A tracked node has no row for the epoch yet, or one stored before verdicts were kept. */
  missing: boolean;
  /** A tracked node's non-zero reward is stored as not claimed. */
  unclaimed: boolean;
  /** The epoch was read after its claim window closed: its claim flags are final. */
  claimsFinal: boolean;
}

/**
 * One epoch's summary to fetch; `claimWindow` when its rewards may still be claimed (the flag can
 * flip); `fresh` when the claim flags are what is read, so a cached copy will not do.
 */
export interface EpochFetch {
  epoch: number;
  claimWindow: boolean;
  fresh: boolean;
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
 * lacks its row (or its verdict); the last settled epoch (the only one whose claim window is open,
 * epoch = current − 1) while a tracked reward of it is unclaimed; and an older epoch with an
 * unclaimed reward once more after its window closed, so a claim made after the last read is not
 * taken for an expiry (then its flags are final). An epoch with no known state is skipped.
 */
export function epochsToFetch(window: { first: number; latestSettled: number }, states: ReadonlyMap<number, EpochState>, budget: number): EpochFetch[] {
  const fetches: EpochFetch[] = [];
  for (let epoch = window.latestSettled; epoch >= window.first && fetches.length < budget; epoch--) {
    const state = states.get(epoch);
    const claimWindow = epoch === window.latestSettled;
    const claimsToRead = state?.unclaimed === true && (claimWindow || !state.claimsFinal);
    if (!state?.missing && !claimsToRead) continue;
    // The last settled epoch is always read fresh: its flags move, and an empty list is "not settled yet", never cached.
    fetches.push({ epoch, claimWindow, fresh: claimWindow || claimsToRead });
  }
  return fetches;
}

/** An epoch's performance summaries keyed by host, with the threshold the chain judged them by (p0 from the same rows). */
export function epochSummary(rows: readonly EpochPerformanceSummary[], exclusions: Readonly<Record<string, string>>, governanceP0: number): EpochSummary {
  const hosts: Record<string, HostReward> = {};
  for (const r of rows) {
    const counts = r.countsReported
      ? {
          inferenceCount: r.inferenceCount,
          missedRequests: r.missedRequests,
          validatedInferences: r.validatedInferences,
          invalidatedInferences: r.invalidatedInferences,
        }
      : null;
    hosts[r.address] = { reward: ngonkaToGnk(r.rewardedCoins), claimed: r.claimed, counts };
  }
  const totals = networkTotals(rows.filter((r) => r.countsReported).map((r) => ({ inferences: r.inferenceCount, missed: r.missedRequests })));
  return { hosts, exclusions: { ...exclusions }, threshold: downtimeThreshold(totals, governanceP0) };
}

/**
 * One outcome per tracked node: its host's, or 0 and not claimed when it was not among the epoch's
 * hosts (not in the active set, so nothing was paid and there is nothing to claim).
 */
export function rewardsOfTracked(summary: EpochSummary, tracked: readonly { id: string; identifier: string }[]): NodeReward[] {
  return tracked.map((t) => {
    const host = summary.hosts[t.identifier];
    const exclusionReason = summary.exclusions[t.identifier] ?? null;
    const reward = host?.reward ?? '0';
    const counts = host?.counts ?? null;
    const verdict = epochVerdict({ reward, inSummary: host !== undefined, counts, exclusionReason, threshold: summary.threshold });
    return { nodeId: t.id, reward, claimed: host?.claimed ?? false, inSummary: host !== undefined, counts, exclusionReason, verdict };
  });
}

/**
 * Height of the block that ended `epoch`: the next epoch's poc_start, counted back from the current
 * epoch's start in whole epochs of blocks (the chain's epoch_length). Its time is the epoch's end —
 * read from the chain, never assumed: past epochs need not have lasted what the current one lasts.
 */
export function epochEndHeight(epoch: number, clock: { epochIndex: number; epochStartHeight: number; epochLength: number }): number {
  return clock.epochStartHeight - (clock.epochIndex - 1 - epoch) * clock.epochLength;
}
