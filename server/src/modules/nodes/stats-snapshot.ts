import { NodeStatus, type NodeStatusRule } from '../../network/node-status.js';
import type { NodeHardwareView, NodeLiveStats } from '../../network/network-view.types.js';
import type { NewSnapshot, StoredSnapshot } from './node-status.repository.js';

/**
 * The snapshot's `gpu_models`: the GPU types a host reports, lower-cased, one per line (a filter's
 * text then cannot match across two models). '' when the host reports none; null when the hardware
 * list could not be had (the stored value is kept).
 */
export function reportedGpuModels(hardware: Record<string, NodeHardwareView> | null, address: string): string | null {
  if (!hardware) return null;
  const types = (hardware[address]?.gpus ?? []).map((g) => g.type.trim().toLowerCase()).filter(Boolean);
  return [...new Set(types)].sort().join('\n');
}

/** The columns the refresher stores in node_stats_cache, from the live view (OFFLINE when absent). */
export function liveToSnapshot(stats: NodeLiveStats | undefined): Omit<NewSnapshot, 'nodeId' | 'gpuModels'> {
  if (!stats) {
    return {
      status: NodeStatus.OFFLINE,
      statusRule: 'NOT_IN_CURRENT_EPOCH',
      statusReason: 'not in the current epoch participants',
      tokensPerSec: null,
      jobsDay: null,
      activeModel: null,
      votingWeight: null,
    };
  }
  return {
    status: stats.status,
    statusRule: stats.statusRule,
    statusReason: stats.statusReason,
    tokensPerSec: stats.tokensPerSec,
    jobsDay: stats.jobsDay,
    activeModel: stats.activeModel,
    votingWeight: stats.weight === null ? null : String(Math.round(stats.weight)),
  };
}

/** The reverse, for serving the last good snapshot while the upstreams are down. */
export function snapshotToLive(address: string, row: StoredSnapshot): NodeLiveStats {
  return {
    address,
    inCurrentEpoch: row.status !== NodeStatus.OFFLINE,
    status: row.status,
    statusRule: (row.status_rule as NodeStatusRule | null) ?? null,
    statusReason: row.status_reason ?? '',
    statusDetails: null,
    jailedUntil: null,
    participantStatus: null,
    weight: row.voting_weight === null ? null : Number(row.voting_weight),
    weightShare: null,
    weightRank: null,
    weightRankOf: null,
    models: row.active_model ? [row.active_model] : [],
    activeModel: row.active_model,
    mlNodeCount: 0,
    tokensPerSec: row.tokens_per_sec,
    inferenceCount: null,
    missedRequests: null,
    invalidatedInferences: null,
    missedRate: null,
    invalidationRate: null,
    jobsDay: row.jobs_day,
    healthy: null,
  };
}
