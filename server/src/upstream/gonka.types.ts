/**
 * Normalized domain objects returned by GonkaNodeClient. camelCase, coin amounts as bigint ngonka
 * (1 GNK = 1e9 ngonka), counts as number, timestamps as Date. See /work/shared/GONKA.md.
 */
import type { HardwareNodeStatus, PARTICIPANT_STATUSES } from './schemas/primitives.js';

export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];
export type { HardwareNodeStatus };

/** One ML node of an epoch participant, paired with the model at the same index of `models`. */
export interface EpochMlNode {
  nodeId: string;
  /** null when the node list has more groups than `models` has entries. */
  modelId: string | null;
  /** null when the list does not say (absent is not zero). */
  pocWeight: number | null;
  throughput: number | null;
}

export interface EpochParticipant {
  address: string;
  /** The epoch weight: the only trustworthy weight (the chain participant record says -1/1); null when absent. */
  weight: number | null;
  inferenceUrl: string;
  validatorKey: string;
  models: string[];
  mlNodes: EpochMlNode[];
}

export interface ExcludedParticipant {
  address: string;
  reason: string;
  exclusionBlockHeight: number;
  /** Only the chain route says which epoch; the /v1 list implies the requested one. */
  epochIndex: number | null;
}

export interface EpochParticipants {
  epochId: number;
  pocStartBlockHeight: number;
  createdAtBlockHeight: number;
  participants: EpochParticipant[];
  excluded: ExcludedParticipant[];
}

export interface EpochStages {
  epochIndex: number;
  pocStart: number;
  pocGenerationEnd: number;
  pocValidationEnd: number;
  setNewValidators: number;
  claimMoney: number;
  inferenceValidationCutoff: number;
  nextPocStart: number;
}

export interface EpochClock {
  blockHeight: number;
  epochIndex: number;
  pocStartBlockHeight: number;
  /** e.g. PoCGenerate … Inference; kept as text — a new phase name must not stop the clock. */
  phase: string;
  epochLength: number;
  stages: EpochStages;
  nextStages: EpochStages;
  isConfirmationPocActive: boolean;
}

/** Counters and coins of one host for one epoch (running during the epoch, final in the summary). */
export interface EpochStats {
  inferenceCount: number;
  missedRequests: number;
  validatedInferences: number;
  invalidatedInferences: number;
  /** Inference fees — NOT host income (tiny). */
  earnedCoins: bigint;
  /** The host's income (subsidy share); 0 until the epoch is settled. */
  rewardedCoins: bigint;
  burnedCoins: bigint;
}

export interface CurrentEpochStats extends EpochStats {
  /** Confirmation-PoC ratio (1 = fully confirmed); null when the node does not report it. */
  confirmationPocRatio: number | null;
}

export interface ChainParticipant {
  address: string;
  status: ParticipantStatus;
  inferenceUrl: string;
  validatorKey: string;
  epochsCompleted: number;
  joinHeight: number;
  coinBalance: bigint;
  currentEpochStats: CurrentEpochStats;
}

export interface ChainParticipants {
  participants: ChainParticipant[];
  /** Height the list was read at, when the node says. */
  blockHeight: number | null;
}

export interface EpochPerformanceSummary extends EpochStats {
  epochIndex: number;
  address: string;
  /** Rewards of epoch N must be claimed during N+1 or they are lost. */
  claimed: boolean;
  /** All four counts were in the response (a missing one would otherwise read as 0). */
  countsReported: boolean;
}

export interface ParticipantStatsEntry {
  address: string;
  operatorAddress: string;
  reputation: number;
  earnedCoinsCurrentEpoch: bigint;
  rewardedCoinsLatestEpoch: bigint;
  epochsCompleted: number;
}

export interface HardwareNode {
  localId: string;
  status: HardwareNodeStatus;
  models: string[];
  /** Self-reported, e.g. `{ type: 'NVIDIA H100 80GB HBM3 | 79GB', count: 8 }`. */
  hardware: { type: string; count: number }[];
  host: string;
  port: string;
  version: string;
}

export interface ParticipantHardware {
  address: string;
  nodes: HardwareNode[];
}

export interface Validator {
  operatorAddress: string;
  /** The participant's `gonka1…` address (same key as the operator address); null if not valid bech32. */
  accountAddress: string | null;
  /** `gonkavalcons1…`, the key of signing infos; null when the consensus key is not ed25519. */
  consensusAddress: string | null;
  /** Upper-case hex, as in the epoch participants' `validators[].address`. */
  consensusHexAddress: string | null;
  jailed: boolean;
  /** e.g. BOND_STATUS_BONDED. */
  status: string;
  /** Staked tokens in the staking denom's base unit, exact. */
  tokens: bigint;
  moniker: string;
}

export interface SigningInfo {
  consensusAddress: string;
  /** null when never jailed (the chain sends the Unix epoch). */
  jailedUntil: Date | null;
  tombstoned: boolean;
  missedBlocksCounter: number;
}

/** One block's header as CometBFT tells it: the chain's own clock at that height. */
export interface ChainBlockHeader {
  height: number;
  time: Date;
}

export interface ChainStatus {
  network: string;
  latestBlockHeight: number;
  latestBlockTime: Date;
  catchingUp: boolean;
}
