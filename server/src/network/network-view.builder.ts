import { deriveNodeStatus, invalidationRateOf, missedRateOf } from './node-status.js';
import {
  type ChainParticipants,
  type EpochClock,
  type EpochParticipants,
  type SigningInfo,
  type TrackerEpochInference,
  type Validator,
} from '../upstream/index.js';
import type { ChainEpochClock, NetworkView, NodeLiveStats } from './network-view.types.js';
import { rankWeights } from './weight-ranking.js';
import { networkTotals } from '../modules/epochs/downtime-test.rules.js';

/** Each bulk source, or undefined when it failed or is disabled. */
export interface ViewSources {
  participants?: EpochParticipants;
  clock?: EpochClock;
  chain?: ChainParticipants;
  validators?: Validator[];
  signingInfos?: SigningInfo[];
  tracker?: TrackerEpochInference;
}

// Mainnet's pace (15,391 blocks ≈ 23 h) when no tracker tells the average block time.
const DEFAULT_BLOCK_SECONDS = 5.4;

/**
 * Merges the bulk sources into one entry per host. Source order (GONKA.md): weight/models from the
 * epoch list, status and counters from the chain, jailing from staking/slashing, health and rates
 * from the tracker; the tracker also stands in for any chain source that failed.
 */
export function buildNetworkView(src: ViewSources, failed: string[]): NetworkView {
  const tracker = new Map(src.tracker?.participants.map((p) => [p.address, p]) ?? []);
  const chain = new Map(src.chain?.participants.map((p) => [p.address, p]) ?? []);
  const epoch = new Map(src.participants?.participants.map((p) => [p.address, p]) ?? []);
  const excluded = new Map(src.participants?.excluded.map((e) => [e.address, e]) ?? []);
  const jailUntil = new Map(src.signingInfos?.map((s) => [s.consensusAddress, s.jailedUntil]) ?? []);
  const validators = new Map(src.validators?.filter((v) => v.accountAddress).map((v) => [v.accountAddress!, v]) ?? []);
  const projection = epochProjection(src);
  const inEpoch = (a: string) => (src.participants ? epoch.has(a) : tracker.has(a));

  const addresses = new Set([...epoch.keys(), ...chain.keys(), ...tracker.keys()]);
  const nodes: Record<string, NodeLiveStats> = {};
  for (const address of addresses) {
    const e = epoch.get(address);
    const c = chain.get(address);
    const t = tracker.get(address);
    const v = validators.get(address);
    const stats = c?.currentEpochStats ?? t?.currentEpochStats;
    const missedRate = t?.missedRate ?? (stats ? missedRateOf(stats) : null);
    const invalidationRate = t?.invalidationRate ?? (stats ? invalidationRateOf(stats) : null);
    const jailed = v ? v.jailed : (t?.isJailed ?? null);
    const jailedUntil = (v?.consensusAddress ? jailUntil.get(v.consensusAddress) : null) ?? t?.jailedUntil ?? null;
    const verdict = deriveNodeStatus({
      validatorJailed: jailed,
      jailedUntil,
      inCurrentEpoch: inEpoch(address),
      healthCheckPassed: t?.nodeHealthy ?? null,
      participantStatus: c?.status ?? t?.status ?? null,
      excludedThisEpoch: excluded.get(address) ?? null,
      missedRate,
      invalidationRate,
      confirmationPocRatio: stats && 'confirmationPocRatio' in stats ? stats.confirmationPocRatio : (t?.confirmationPocRatio ?? null),
    });
    const models = e?.models ?? t?.models ?? [];
    nodes[address] = {
      address,
      inCurrentEpoch: inEpoch(address),
      status: verdict.status,
      statusRule: verdict.ruleCode,
      statusReason: verdict.reason,
      statusDetails: verdict.details,
      jailedUntil: verdict.jailedUntil?.toISOString() ?? null,
      participantStatus: c?.status ?? t?.status ?? null,
      exclusionReason: excluded.get(address)?.reason ?? null,
      weight: e?.weight ?? t?.weight ?? null,
      models,
      activeModel: models[0] ?? null,
      mlNodeCount: e?.mlNodes.length ?? 0,
      tokensPerSec: e ? declaredThroughput(e.mlNodes) : null,
      inferenceCount: stats?.inferenceCount ?? null,
      missedRequests: stats?.missedRequests ?? null,
      invalidatedInferences: stats?.invalidatedInferences ?? null,
      missedRate,
      invalidationRate,
      jobsDay: stats && projection ? Math.round(stats.inferenceCount * projection) : null,
      healthy: t?.nodeHealthy ?? null,
    };
  }
  addWeightStandings(nodes);
  const sources = Object.entries(src)
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k);
  const epochId = src.participants?.epochId ?? src.clock?.epochIndex ?? src.tracker?.epochId ?? 0;
  const epochSeconds = src.clock ? src.clock.epochLength * (src.tracker?.avgBlockTime ?? DEFAULT_BLOCK_SECONDS) : null;
  return { epochId, epochSeconds, chainClock: chainClockOf(src.clock), nodes, sources, failed, totals: liveTotals(src) };
}

/**
 * The network's requests and misses so far this epoch, summed as the chain's downtime test sums
 * them (hosts with requests only), from the same bulk route as each host's own counts.
 */
function liveTotals(src: ViewSources): NetworkView['totals'] {
  const stats = src.chain?.participants.map((p) => p.currentEpochStats) ?? src.tracker?.participants.map((p) => p.currentEpochStats);
  if (!stats) return null;
  return networkTotals(stats.flatMap((s) => (s ? [{ inferences: s.inferenceCount, missed: s.missedRequests }] : [])));
}

/** Share and rank among the current epoch's participants with a known weight; null for the others. */
function addWeightStandings(nodes: Record<string, NodeLiveStats>): void {
  const weights = new Map<string, number>();
  for (const n of Object.values(nodes)) if (n.inCurrentEpoch && n.weight !== null) weights.set(n.address, n.weight);
  const standings = rankWeights(weights);
  for (const n of Object.values(nodes)) {
    const s = standings.get(n.address);
    n.weightShare = s?.share ?? null;
    n.weightRank = s?.rank ?? null;
    n.weightRankOf = s?.of ?? null;
  }
}

function chainClockOf(clock: EpochClock | undefined): ChainEpochClock | null {
  const epochStartHeight = clock ? clock.pocStartBlockHeight || clock.stages.pocStart : 0;
  if (!clock || epochStartHeight <= 0) return null;
  return { epochIndex: clock.epochIndex, epochStartHeight, blockHeight: clock.blockHeight, epochLength: clock.epochLength };
}

/** Sum of the throughputs the ML nodes declare; null when none does (absent is not 0 tok/s). */
function declaredThroughput(mlNodes: { throughput: number | null }[]): number | null {
  const declared = mlNodes.flatMap((n) => (n.throughput === null ? [] : [n.throughput]));
  return declared.length ? declared.reduce((sum, t) => sum + t, 0) : null;
}

/** Seconds since this epoch's PoC start, from block heights and the tracker's block time. */
/**
 * jobs/day is the epoch's pace: the inferences so far scaled to the whole epoch (in blocks), since
 * an epoch is the chain's day (≈ 24 h on mainnet; GNK/day is one epoch's reward too). Counting by
 * blocks, not wall seconds, keeps it true where epochs are shorter (the demo's 3-minute epochs would
 * otherwise extrapolate a day's work per epoch into 480 days' worth).
 */
function epochProjection(src: ViewSources): number | null {
  if (!src.clock || src.clock.epochLength <= 0) return null;
  const blocks = src.clock.blockHeight - src.clock.pocStartBlockHeight;
  return blocks > 0 ? src.clock.epochLength / blocks : null;
}
