import type { CurrentEpochStats, HardwareNode, ParticipantStatus } from './gonka.types.js';

/** Normalized objects returned by HyperfusionClient (the open-source gonka-tracker API). */

export interface TrackerParticipant {
  address: string;
  /** null when the tracker does not say. */
  weight: number | null;
  inferenceUrl: string;
  status: ParticipantStatus;
  models: string[];
  /** Copied from the chain by the tracker; amounts exact. */
  currentEpochStats: CurrentEpochStats;
  /** null when the tracker could not tell. */
  isJailed: boolean | null;
  jailedUntil: Date | null;
  /** The tracker's own `{inference_url}/health` probe; null when not checked. */
  nodeHealthy: boolean | null;
  nodeHealthCheckedAt: Date | null;
  /** Fractions in 0..1: missed / (missed + inferences), invalidated / inferences. null = unknown. */
  missedRate: number | null;
  invalidationRate: number | null;
  confirmationPocRatio: number | null;
  moniker: string | null;
}

export interface TrackerEpochInference {
  epochId: number;
  height: number;
  isCurrent: boolean;
  currentBlockHeight: number | null;
  /** Seconds per block, averaged by the tracker. */
  avgBlockTime: number | null;
  nextPocStartBlock: number | null;
  setNewValidatorsBlock: number | null;
  participants: TrackerParticipant[];
}

export interface TrackerReward {
  epochId: number;
  /**
   * Whole GNK, floored by the tracker (`rewarded_coins // 1e9`): up to 0.999… GNK lost per epoch.
   * Prefer the chain's exact `rewarded_coins` (epoch_performance_summary); this is a fallback.
   */
  assignedRewardGnkFloored: bigint | null;
  claimed: boolean;
}

export interface TrackerMlNode extends HardwareNode {
  pocWeight: number | null;
}

export interface TrackerParticipantDetails {
  participant: TrackerParticipant;
  rewards: TrackerReward[];
  mlNodes: TrackerMlNode[];
  warmKeys: { granteeAddress: string; grantedAt: Date | null }[];
}
