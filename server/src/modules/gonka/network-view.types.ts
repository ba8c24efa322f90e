import type { NodeStatusRule, PortalNodeStatus } from '../../upstream/index.js';

/**
 * What the portal knows live about one Gonka host, merged from the bulk routes. Plain JSON (no
 * bigint, no Date) so it can sit in Redis as is.
 */
export interface NodeLiveStats {
  address: string;
  inCurrentEpoch: boolean;
  status: PortalNodeStatus;
  statusRule: NodeStatusRule;
  statusReason: string;
  jailedUntil: string | null;
  participantStatus: string | null;
  weight: number | null;
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

export interface NetworkView {
  epochId: number;
  /** Wall-clock length of an epoch (blocks × average block time), when the sources tell. */
  epochSeconds: number | null;
  /** Hosts by `gonka1…` address. */
  nodes: Record<string, NodeLiveStats>;
  /** Sources that answered, and those that failed (the view is then partial). */
  sources: string[];
  failed: string[];
}

export interface NodeHardwareView {
  address: string;
  gpus: { type: string; count: number }[];
  totalGpus: number;
  mlNodes: { localId: string; status: string; models: string[] }[];
}
