import { epochSummary, ngonkaToGnk, type EpochSummary } from '../../modules/earnings/settlement.rules.js';
import type { GonkaNodeClient } from '../../upstream/index.js';

/** A settled epoch's summary and how many hosts the chain listed (0: not settled yet, `summary` null). */
export interface EpochSummaryRead {
  hosts: number;
  summary: EpochSummary | null;
}

/** Every host's settled result of `epoch` (2.7 MB of JSON at 10,000 hosts), reduced to what the sync stores. Runs in a worker thread. */
export async function fetchEpochSummary(
  gonka: GonkaNodeClient,
  epoch: number,
  exclusions: Readonly<Record<string, string>>,
  governanceP0: number,
): Promise<EpochSummaryRead> {
  const rows = await gonka.epochPerformanceSummaryAll(epoch);
  return { hosts: rows.length, summary: rows.length === 0 ? null : epochSummary(rows, exclusions, governanceP0) };
}

/** address → settled reward of `epoch` in GNK; null while the epoch is not settled (an empty list). Runs in a worker thread. */
export async function fetchEpochRewards(gonka: GonkaNodeClient, epoch: number): Promise<Record<string, string> | null> {
  const rows = await gonka.epochPerformanceSummaryAll(epoch);
  return rows.length === 0 ? null : Object.fromEntries(rows.map((r) => [r.address, ngonkaToGnk(r.rewardedCoins)]));
}
