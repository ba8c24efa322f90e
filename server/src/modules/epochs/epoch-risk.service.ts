import { Inject, Injectable } from '@nestjs/common';
import { CachedResourceService } from '../../cache/cached-resource.service.js';
import { ChainParamsService } from '../../network/chain-params.service.js';
import { NetworkViewService } from '../../network/network-view.service.js';
import type { NodeLiveStats } from '../../network/network-view.types.js';
import { GONKA_CLIENT } from '../../network/upstream-clients.js';
import { UpstreamNotFoundError, type GonkaNodeClient } from '../../upstream/index.js';
import { ngonkaToGnk } from '../earnings/settlement.rules.js';
import type { NodeStatsResult } from '../nodes/loaders/node-loaders.js';
import { downtimeThreshold, type NetworkTotals } from './downtime-test.rules.js';
import type { EpochRisk } from './dto/epoch-risk.model.js';
import { EstimateSource, epochRisk, INVALIDATION_WATCH_RATE, type LiveCounts, type Risk } from './epoch-risk.rules.js';
import { weightShareApproximation, type RewardEstimateValue } from './reward-estimate.js';

/** The risk rules' inputs from a host's live stats (the alert evaluator reads the same from the refresh's view). */
export function liveCounts(s: NodeLiveStats | null): LiveCounts | null {
  if (!s) return null;
  return {
    inCurrentEpoch: s.inCurrentEpoch,
    participantStatus: s.participantStatus,
    exclusionReason: s.exclusionReason ?? s.statusDetails?.exclusionReason ?? null,
    inferenceCount: s.inferenceCount,
    missedRequests: s.missedRequests,
    invalidatedInferences: s.invalidatedInferences,
  };
}

/** Node.epochRisk and its estimate; the risk costs no upstream call beyond the shared network view and the hourly params. */
@Injectable()
export class EpochRiskService {
  constructor(
    private readonly params: ChainParamsService,
    private readonly view: NetworkViewService,
    private readonly resources: CachedResourceService,
    @Inject(GONKA_CLIENT) private readonly gonka: GonkaNodeClient | null,
  ) {}

  async risk(address: string, r: NodeStatsResult): Promise<EpochRisk & { weightShare: number | null }> {
    const { params } = await this.params.current();
    const threshold = r.network ? downtimeThreshold(r.network, params.binomTestP0 ?? 0.1) : null;
    const live = liveCounts(r.stats);
    const risk = epochRisk(live, threshold, r.stale);
    const t = risk.test;
    return {
      address,
      epoch: r.epoch,
      level: risk.level,
      reasonCode: risk.reasonCode,
      reason: risk.reason,
      exclusionReason: live?.exclusionReason ?? null,
      invalidationWatchRate: INVALIDATION_WATCH_RATE,
      requests: risk.requests,
      missedRequests: r.stats?.missedRequests ?? null,
      missedRate: risk.missedRate,
      invalidationRate: risk.invalidationRate,
      networkMissedRate: threshold?.networkMissedRate ?? null,
      downtimeThreshold: threshold?.p0 ?? null,
      downtimeTest: t,
      stale: r.stale,
      asOf: r.fetchedAt,
      weightShare: r.stats?.weightShare ?? null,
      hostModels: r.stats?.inCurrentEpoch ? { models: r.stats.models, weight: r.stats.weight } : null,
    };
  }

  /** Risks of the given hosts from one read of the network view (dashboard counts and lines). */
  async risksOf(addresses: readonly string[]): Promise<Risk[]> {
    if (addresses.length === 0) return [];
    const [{ value, stale }, { params }] = await Promise.all([this.view.status(), this.params.current()]);
    const network: NetworkTotals | null = value.totals ?? null;
    const threshold = network ? downtimeThreshold(network, params.binomTestP0 ?? 0.1) : null;
    return addresses.map((a) => epochRisk(liveCounts(value.nodes[a] ?? null), threshold, stale));
  }

  /**
   * The current epoch's estimated reward of each host (exact GNK; null: nothing expected or no
   * estimate), from one read of the network view; keyed by identifier. For projections.
   */
  async currentEstimates(identifiers: readonly string[]): Promise<Map<string, string | null>> {
    if (identifiers.length === 0) return new Map();
    const view = await this.view.status().catch(() => null);
    const estimates = await Promise.all(identifiers.map((id) => this.estimate(id, view?.value.epochId ?? null, view?.value.nodes[id]?.weightShare ?? null)));
    return new Map(identifiers.map((id, i) => [id, estimates[i].amount]));
  }

  /** The chain's estimate (cached per host for one TTL), else the weight-share approximation. */
  async estimate(address: string, epoch: number | null, weightShare: number | null): Promise<RewardEstimateValue> {
    const gonka = this.gonka;
    const { params } = await this.params.current();
    if (!gonka) return epoch === null ? { amount: null, source: null } : weightShareApproximation(params, epoch, weightShare);
    try {
      const cached = await this.resources.get(`gonka:estimate:${address}`, async () => {
        try {
          const e = await gonka.rewardEstimate(address);
          return { amount: ngonkaToGnk(e.rewardCoins), found: true };
        } catch (err) {
          if (err instanceof UpstreamNotFoundError) return { amount: null, found: false };
          throw err;
        }
      });
      return { amount: cached.value.amount, source: EstimateSource.CHAIN };
    } catch {
      // Without the epoch (a stored snapshot) there is no subsidy to share: no estimate rather than a made-up one.
      return epoch === null ? { amount: null, source: null } : weightShareApproximation(params, epoch, weightShare);
    }
  }
}
