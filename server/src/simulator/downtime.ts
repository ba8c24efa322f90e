/**
 * The chain's downtime test at settlement (gonka x/inference: getDynamicP0, CheckAndPunishForDowntime,
 * MissedStatTest): a one-sided binomial test of each host's missed requests against p0, where p0
 * follows the network's own miss rate so a network-wide outage does not punish everybody.
 */
import { decimalCeilPermille, decimalToNumber, type ChainDecimal } from './params.js';

/** p0 values (permille) the chain has tables for; others round up to the next. */
const SUPPORTED_P0_PERMILLE = [50, 100, 200, 300, 400, 500] as const;
const DEFAULT_P0_PERMILLE = 100;
const MAX_P0_PERMILLE = 500;
/** Percentage points (permille) added to the network's baseline miss rate. */
const BASELINE_MARGIN_PERMILLE = 20;
const MIN_NETWORK_REQUESTS = 1_000;
const MIN_NETWORK_PARTICIPANTS = 5;
const NEGLIGIBLE_LOG_RATIO = 40;
/** The test rejects "miss rate ≤ p0" when the p-value falls below this. */
export const DOWNTIME_ALPHA = 0.05;

export interface RequestCounts {
  inferences: number;
  missed: number;
}

export interface DowntimeThreshold {
  p0: number;
  /** p0 reached 50 %: the network itself is failing, so nobody is punished. */
  skipPunishment: boolean;
}

export function ceilToSupportedPermille(permille: number): number {
  return SUPPORTED_P0_PERMILLE.find((p) => p >= permille) ?? DEFAULT_P0_PERMILLE;
}

export function dynamicP0(counts: readonly RequestCounts[], governanceP0: ChainDecimal): DowntimeThreshold {
  const governancePermille = decimalCeilPermille(governanceP0);
  if (governancePermille > MAX_P0_PERMILLE) return { p0: decimalToNumber(governanceP0), skipPunishment: false };
  const floorPermille = ceilToSupportedPermille(governancePermille);
  let totalRequests = 0;
  let missedRequests = 0;
  let participantsUsed = 0;
  for (const c of counts) {
    if (c.inferences + c.missed <= 0) continue;
    totalRequests += c.inferences + c.missed;
    missedRequests += c.missed;
    participantsUsed++;
  }
  if (totalRequests < MIN_NETWORK_REQUESTS || participantsUsed < MIN_NETWORK_PARTICIPANTS) return { p0: floorPermille / 1000, skipPunishment: false };
  const baseline = Math.floor((missedRequests * 1000) / totalRequests);
  const selected = ceilToSupportedPermille(Math.min(baseline + BASELINE_MARGIN_PERMILLE, MAX_P0_PERMILLE));
  return { p0: Math.max(selected, floorPermille) / 1000, skipPunishment: selected === MAX_P0_PERMILLE };
}

/** P(X ≥ k) for X ~ Binomial(n, p), summed in log space so large n neither underflows nor overflows. */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n || p <= 0) return 0;
  if (p >= 1) return 1;
  const logP = Math.log(p);
  const logQ = Math.log1p(-p);
  let logChoose = 0; // log C(n, k)
  for (let j = 1; j <= k; j++) logChoose += Math.log((n - k + j) / j);
  const logTerms: number[] = [];
  let logPmf = logChoose + k * logP + (n - k) * logQ;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = k; i <= n; i++) {
    // Past the mode the terms only shrink; below e^-40 of the largest they cannot move a double.
    if (logPmf < max - NEGLIGIBLE_LOG_RATIO) break;
    logTerms.push(logPmf);
    max = Math.max(max, logPmf);
    logPmf += Math.log((n - i) / (i + 1)) + logP - logQ;
  }
  const sum = logTerms.reduce((s, t) => s + Math.exp(t - max), 0);
  return Math.min(1, Math.exp(max + Math.log(sum)));
}

/** Passes unless the host's misses are too many to be chance at rate p0; no requests always passes. */
export function passesDowntimeTest(counts: RequestCounts, p0: number): boolean {
  const total = counts.inferences + counts.missed;
  if (total === 0) return true;
  // At or below the mean, P(X ≥ missed) ≥ P(X ≥ median) ≥ 1/2: a pass without summing (most hosts).
  if (counts.missed <= total * p0) return true;
  return binomialUpperTail(counts.missed, total, p0) >= DOWNTIME_ALPHA;
}
