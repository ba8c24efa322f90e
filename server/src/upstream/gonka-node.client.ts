import type {
  ChainBlockHeader,
  ChainParticipant,
  ChainParticipants,
  ChainStatus,
  EpochClock,
  EpochParticipants,
  EpochPerformanceSummary,
  ExcludedParticipant,
  ParticipantHardware,
  ParticipantStatsEntry,
  SigningInfo,
  Validator,
} from './gonka.types.js';
import type { ChainParams, GovernanceModel, RewardEstimate } from './gonka-guard.types.js';
import { collectCosmosPages } from './http/cosmos-pages.js';
import { blockHeight, epochNumber, segment } from './http/path-params.js';
import { probeHealth } from './http/probe-health.js';
import { UpstreamHttp } from './http/upstream-http.js';
import { chainBlockResponse, chainStatusResponse, signingInfoResponse, signingInfosPageResponse, validatorsPageResponse } from './schemas/cosmos.schema.js';
import { epochClockResponse, epochParticipantsResponse } from './schemas/gonka-epoch.schema.js';
import { hardwareNodesAllResponse, hardwareNodesResponse } from './schemas/gonka-hardware.schema.js';
import {
  excludedParticipantsResponse,
  participantPageResponse,
  participantResponse,
  participantsStatsResponse,
  performanceSummaryListResponse,
  performanceSummaryResponse,
} from './schemas/gonka-participant.schema.js';
import { modelsAllResponse } from './schemas/gonka-models.schema.js';
import { paramsResponse, rewardEstimateResponse } from './schemas/gonka-params.schema.js';
import { GONKA_ROUTES, INFERENCE } from './gonka-routes.js';
import type { PortableUpstreamOptions, UpstreamOptions, UpstreamRequestEvent } from './upstream-options.js';

export { GONKA_ROUTES };

/** One page holds every participant at today's scale (hundreds); pages are followed if not. */
const PARTICIPANT_PAGE_SIZE = 10_000;
const COSMOS_PAGE_SIZE = 1_000;
const DEFAULT_HEALTH_TIMEOUT_MS = 1_000;

export interface GonkaNodeClientOptions extends UpstreamOptions {
  /** Timeout of `hostHealth` probes (default 1000 ms). */
  healthTimeoutMs?: number;
}

/**
 * The Gonka node API and the chain REST/RPC it proxies, over a list of interchangeable node URLs.
 * Public nodes allow ~10 req/min on /v1 and 20/min on /chain-api per IP: prefer the bulk methods
 * (`allParticipants`, `epochPerformanceSummaryAll`, `hardwareNodesAll`, `validators`) and cache
 * their results above this layer.
 */
export class GonkaNodeClient {
  private readonly http: UpstreamHttp;

  constructor(
    nodeUrls: readonly string[],
    private readonly opts: GonkaNodeClientOptions,
  ) {
    this.http = new UpstreamHttp('gonka_api', nodeUrls, opts);
  }

  /** 404 (UpstreamNotFoundError) when the epoch has no participants (PoC failed). */
  currentParticipants(): Promise<EpochParticipants> {
    return this.http.getJson(GONKA_ROUTES.currentParticipants, '/v1/epochs/current/participants', epochParticipantsResponse);
  }

  epochParticipants(epoch: number): Promise<EpochParticipants> {
    const path = `/v1/epochs/${epochNumber(epoch)}/participants`;
    return this.http.getJson(GONKA_ROUTES.epochParticipants, path, epochParticipantsResponse);
  }

  latestEpoch(): Promise<EpochClock> {
    return this.http.getJson(GONKA_ROUTES.latestEpoch, '/v1/epochs/latest', epochClockResponse);
  }

  /** Every participant ever registered, with status and running epoch stats. */
  async allParticipants(): Promise<ChainParticipants> {
    const route = GONKA_ROUTES.allParticipants;
    let blockHeight: number | null = null;
    const participants = await collectCosmosPages('gonka_api', route, PARTICIPANT_PAGE_SIZE, async (query) => {
      const page = await this.http.getJson(route, `${INFERENCE}/participant?${query}`, participantPageResponse);
      blockHeight ??= page.blockHeight;
      return page;
    });
    return { participants, blockHeight };
  }

  participant(address: string): Promise<ChainParticipant> {
    const path = `${INFERENCE}/participant/${segment(address)}`;
    return this.http.getJson(GONKA_ROUTES.participant, path, participantResponse);
  }

  /** Settled results of every host for one epoch (the income: `rewardedCoins`). */
  epochPerformanceSummaryAll(epoch: number): Promise<EpochPerformanceSummary[]> {
    const path = `${INFERENCE}/epoch_performance_summary/${epochNumber(epoch)}`;
    return this.http.getJson(GONKA_ROUTES.performanceSummaryAll, path, performanceSummaryListResponse);
  }

  epochPerformanceSummary(epoch: number, address: string): Promise<EpochPerformanceSummary> {
    const path = `${INFERENCE}/epoch_performance_summary/${epochNumber(epoch)}/${segment(address)}`;
    return this.http.getJson(GONKA_ROUTES.performanceSummary, path, performanceSummaryResponse);
  }

  /** Cheapest earnings call: `rewardedCoinsLatestEpoch` of every host. */
  participantsStats(): Promise<ParticipantStatsEntry[]> {
    return this.http.getJson(GONKA_ROUTES.participantsStats, `${INFERENCE}/participants_stats`, participantsStatsResponse);
  }

  hardwareNodesAll(): Promise<ParticipantHardware[]> {
    return this.http.getJson(GONKA_ROUTES.hardwareNodesAll, `${INFERENCE}/hardware_nodes_all`, hardwareNodesAllResponse);
  }

  async hardwareNodes(address: string): Promise<ParticipantHardware> {
    const path = `${INFERENCE}/hardware_nodes/${segment(address)}`;
    const found = await this.http.getJson(GONKA_ROUTES.hardwareNodes, path, hardwareNodesResponse);
    return found ?? { address, nodes: [] };
  }

  /** Hosts removed mid-epoch, with the chain's reason. */
  excludedParticipants(epoch: number): Promise<ExcludedParticipant[]> {
    const path = `${INFERENCE}/excluded_participants/${epochNumber(epoch)}`;
    return this.http.getJson(GONKA_ROUTES.excludedParticipants, path, excludedParticipantsResponse);
  }

  /** The inference module's parameters (thresholds, epoch length, subsidy). */
  params(): Promise<ChainParams> {
    return this.http.getJson(GONKA_ROUTES.params, `${INFERENCE}/params`, paramsResponse);
  }

  /** The governance models (one short list: not paginated by this client). */
  modelsAll(): Promise<GovernanceModel[]> {
    return this.http.getJson(GONKA_ROUTES.modelsAll, `${INFERENCE}/models_all`, modelsAllResponse);
  }

  /** The chain's estimate of `address`'s reward for the current epoch; 404 (UpstreamNotFoundError) when it is not in the active set. */
  rewardEstimate(address: string): Promise<RewardEstimate> {
    const path = `${INFERENCE}/estimate_bitcoin_reward/${segment(address)}`;
    return this.http.getJson(GONKA_ROUTES.rewardEstimate, path, rewardEstimateResponse);
  }

  /** All validators (every bond status), with `jailed` and the addresses needed to join them. */
  validators(): Promise<Validator[]> {
    const route = GONKA_ROUTES.validators;
    return collectCosmosPages('gonka_api', route, COSMOS_PAGE_SIZE, (query) =>
      this.http.getJson(route, `/chain-api/cosmos/staking/v1beta1/validators?${query}`, validatorsPageResponse),
    );
  }

  /** Signing infos of all validators (`jailedUntil`), keyed by consensus address. */
  signingInfos(): Promise<SigningInfo[]> {
    const route = GONKA_ROUTES.signingInfos;
    return collectCosmosPages('gonka_api', route, COSMOS_PAGE_SIZE, (query) =>
      this.http.getJson(route, `/chain-api/cosmos/slashing/v1beta1/signing_infos?${query}`, signingInfosPageResponse),
    );
  }

  signingInfo(consensusAddress: string): Promise<SigningInfo> {
    const path = `/chain-api/cosmos/slashing/v1beta1/signing_infos/${segment(consensusAddress)}`;
    return this.http.getJson(GONKA_ROUTES.signingInfo, path, signingInfoResponse);
  }

  chainStatus(): Promise<ChainStatus> {
    return this.http.getJson(GONKA_ROUTES.chainStatus, '/chain-rpc/status', chainStatusResponse);
  }

  /** The header (height, time) of the block at `height`: the chain's clock at an epoch boundary. */
  block(height: number): Promise<ChainBlockHeader> {
    return this.http.getJson(GONKA_ROUTES.block, `/chain-rpc/block?height=${blockHeight(height)}`, chainBlockResponse);
  }

  /** `{inferenceUrl}/health` answers 200: true; anything else (error, timeout, 5xx): false. Never throws. */
  hostHealth(inferenceUrl: string): Promise<boolean> {
    return probeHealth(inferenceUrl, this.opts.healthTimeoutMs ?? DEFAULT_HEALTH_TIMEOUT_MS, this.opts.onRequest);
  }

  /** Breaker state per node origin, for health/diagnostics pages. */
  breakerStates(): Record<string, string> {
    return this.http.breakerStates();
  }

  /** What the same client in a worker thread is built from (network/view-worker). */
  portable(): { baseUrls: string[]; options: PortableUpstreamOptions } {
    return this.http.portable();
  }

  /** An attempt the worker thread's client made: into this client's breakers and metrics. */
  absorb(event: UpstreamRequestEvent): void {
    this.http.absorb(event);
  }
}
