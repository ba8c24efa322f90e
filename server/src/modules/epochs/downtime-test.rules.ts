/**
 * The chain's downtime test at settlement (gonka-ai/gonka `x/inference/keeper/bitcoin_rewards.go`
 * getDynamicP0 and `accountsettle.go` CheckAndPunishForDowntime, see GONKA.md "Loss paths"): a host
 * whose missed requests fail a one-sided binomial test against p0 is paid 0 for the whole epoch.
 * p0 follows the network's own miss rate + 2 pp (never below governance's binom_test_p0), rounded
 * up to the chain's lookup tables; the test is skipped when p0 reaches 50% (the network is failing).
 */

/** The chain's tables exist for these p0 values (per mille); p0 is rounded up to one of them. */
const SUPPORTED_P0_PERMILLE = [50, 100, 200, 300, 400, 500] as const;
const MARGIN_PERMILLE = 20;
export const MIN_NETWORK_REQUESTS = 1000;
export const MIN_NETWORK_HOSTS = 5;
/** Significance of the chain's test: the host fails when P(X ≥ missed) < alpha. */
export const DOWNTIME_ALPHA = 0.05;

export enum DowntimeMode {
  DYNAMIC = 'DYNAMIC',
  GOVERNANCE = 'GOVERNANCE',
  SKIPPED = 'SKIPPED',
}

/** Requests (inferences + missed) and misses over the hosts that had any, as the chain sums them. */
export interface NetworkTotals {
  requests: number;
  missed: number;
  hosts: number;
}

export interface DowntimeThreshold {
  mode: DowntimeMode;
  /** p0, 0..1. */
  p0: number;
  networkMissedRate: number | null;
  network: NetworkTotals;
}

/** Sums per-host counts the way getDynamicP0 does: only hosts with at least one request count. */
export function networkTotals(hosts: Iterable<{ inferences: number; missed: number }>): NetworkTotals {
  const t: NetworkTotals = { requests: 0, missed: 0, hosts: 0 };
  for (const h of hosts) {
    const total = h.inferences + h.missed;
    if (total <= 0) continue;
    t.requests += total;
    t.missed += h.missed;
    t.hosts += 1;
  }
  return t;
}

function ceilToSupported(permille: number): number {
  return SUPPORTED_P0_PERMILLE.find((s) => permille <= s) ?? 500;
}

/** p0 as the chain picks it from the network totals and governance's binom_test_p0 (0..1). */
export function downtimeThreshold(network: NetworkTotals, governanceP0: number): DowntimeThreshold {
  const networkMissedRate = network.requests > 0 ? network.missed / network.requests : null;
  const govCeil = Math.ceil(Math.round(governanceP0 * 1e9) / 1e6);
  // Governance beyond the tables is used as it is (and never skips).
  if (govCeil > 500) return { mode: DowntimeMode.GOVERNANCE, p0: governanceP0, networkMissedRate, network };
  const governancePermille = govCeil > 0 ? ceilToSupported(govCeil) : 100;
  if (network.requests < MIN_NETWORK_REQUESTS || network.hosts < MIN_NETWORK_HOSTS) {
    return { mode: DowntimeMode.GOVERNANCE, p0: governancePermille / 1000, networkMissedRate, network };
  }
  const baseline = Math.floor((network.missed * 1000) / network.requests);
  const selected = ceilToSupported(Math.min(baseline + MARGIN_PERMILLE, 500));
  const final = Math.max(selected, governancePermille);
  const mode =
    selected === 500 ? DowntimeMode.SKIPPED : final === governancePermille && selected < governancePermille ? DowntimeMode.GOVERNANCE : DowntimeMode.DYNAMIC;
  return { mode, p0: final / 1000, networkMissedRate, network };
}

/** P(X ≥ k) for X ~ Binomial(n, p), summed in log space so large n neither overflows nor underflows early. */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  const lnP = Math.log(p);
  const lnQ = Math.log1p(-p);
  let lnPmf = k * lnP + (n - k) * lnQ;
  for (let i = 0; i < k; i++) lnPmf += Math.log(n - i) - Math.log(i + 1);
  let term = Math.exp(lnPmf);
  let sum = term;
  const ratio = p / (1 - p);
  for (let i = k; i < n; i++) {
    term *= ((n - i) / (i + 1)) * ratio;
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return Math.min(1, sum);
}

/** Whether `missed` of `total` requests passes the test at p0 (0 requests always pass). */
export function passesDowntimeTest(missed: number, total: number, p0: number): boolean {
  if (total <= 0) return true;
  return binomialUpperTail(missed, total, p0) >= DOWNTIME_ALPHA;
}

/** The most misses that still pass at `total` requests (the tail falls as misses rise: binary search). */
export function maxMissedAllowed(total: number, p0: number): number {
  if (total <= 0) return 0;
  let lo = 0;
  let hi = total;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (passesDowntimeTest(mid, total, p0)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
