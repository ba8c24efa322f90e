import type { NetworkTotals } from '../modules/epochs/downtime-test.rules.js';
import type { DerivedNodeStatus, NodeStatusDetails, NodeStatusRule } from './node-status.js';

/**
 * What the portal knows live about one Gonka host, merged from the bulk routes. Plain JSON (no
 * bigint, no Date) so it can sit in Redis as is.
 */
export interface NodeLiveStats {
  address: string;
  inCurrentEpoch: boolean;
  status: DerivedNodeStatus;
  /** null: a stored snapshot from before rules were recorded. */
  statusRule: NodeStatusRule | null;
  statusReason: string;
  /** The figures statusReason is worded from; absent in views cached before they were added and in stored snapshots. */
  statusDetails?: NodeStatusDetails | null;
  jailedUntil: string | null;
  participantStatus: string | null;
  /** The chain's reason when the host was excluded this epoch; absent in views cached before it was added and in stored snapshots. */
  exclusionReason?: string | null;
  weight: number | null;
  /** weight ÷ the epoch participants' total weight; absent in views cached before it was added and in stored snapshots. */
  weightShare?: number | null;
  /** 1 = largest weight among the epoch's participants (ties share a rank); absent as weightShare. */
  weightRank?: number | null;
  /** How many participants weightRank ranks among. */
  weightRankOf?: number | null;
  models: string[];
  activeModel: string | null;
  mlNodeCount: number;
  /** Sum of the ML nodes' declared throughput. */
  tokensPerSec: number | null;
  inferenceCount: number | null;
  missedRequests: number | null;
  invalidatedInferences: number | null;
  missedRate: number | null;
  invalidationRate: number | null;
  /** Inferences per day at the current epoch's pace. */
  jobsDay: number | null;
  healthy: boolean | null;
}

export interface ChainEpochClock {
  epochIndex: number;
  /** Height of the current epoch's first block (its poc_start): where the previous epoch ended. */
  epochStartHeight: number;
  blockHeight: number;
  epochLength: number;
}

export interface NetworkView {
  epochId: number;
  /** Wall-clock length of an epoch (blocks × average block time), when the sources tell. */
  epochSeconds: number | null;
  /** The chain's epoch clock (block heights, from /v1/epochs/latest); null when it did not answer. */
  chainClock: ChainEpochClock | null;
  /** Hosts by `gonka1…` address. */
  nodes: Record<string, NodeLiveStats>;
  /** Sources that answered, and those that failed (the view is then partial). */
  sources: string[];
  failed: string[];
  /** Requests and misses over the network so far this epoch (the downtime test's inputs); absent in views cached before it was added. */
  totals?: NetworkTotals | null;
}

export interface NodeHardwareView {
  address: string;
  gpus: { type: string; count: number }[];
  totalGpus: number;
  mlNodes: { localId: string; status: string; models: string[] }[];
}
