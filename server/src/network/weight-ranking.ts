/** A participant's place by weight: its share of the epoch's total and its rank among `of` participants. */
export interface WeightStanding {
  /** weight ÷ total weight of the epoch's participants; null when the total is 0. */
  share: number | null;
  /** 1 = largest; equal weights share a rank (1, 1, 3…), so a tie never reads as a drop. */
  rank: number;
  /** How many participants with a known weight were ranked. */
  of: number;
}

/**
 * Standing of every address with a known weight, computed once per network view so a request never
 * sorts the network. Sorting once and walking the ranks keeps it O(n log n) for thousands of hosts.
 */
export function rankWeights(weights: ReadonlyMap<string, number>): Map<string, WeightStanding> {
  const entries = [...weights].sort((a, b) => b[1] - a[1]);
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  const standings = new Map<string, WeightStanding>();
  let rank = 0;
  entries.forEach(([address, weight], i) => {
    if (i === 0 || weight !== entries[i - 1]![1]) rank = i + 1;
    standings.set(address, { share: total > 0 ? weight / total : null, rank, of: entries.length });
  });
  return standings;
}
