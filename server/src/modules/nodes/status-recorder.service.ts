import { Injectable } from '@nestjs/common';
import { Db } from '../../database/db.js';
import type { NetworkView, NodeHardwareView } from '../../network/network-view.types.js';
import type { NodeStatus, NodeStatusDetails, NodeStatusRule } from '../../network/node-status.js';
import { ActivityService } from '../activity/activity.service.js';
import { NodeEpochSamplesRepository } from './node-epoch-samples.repository.js';
import { NodeStatusRepository, storedStatus } from './node-status.repository.js';
import type { TrackedNode } from './nodes.repository.js';
import { liveToSnapshot, reportedGpuModels } from './stats-snapshot.js';

/** One node's recorded transition; previousStatus null on its first observation. */
export interface RecordedStatusChange {
  nodeId: string;
  status: NodeStatus;
  previousStatus: NodeStatus | null;
  reason: string | null;
  /** The rule that set `status` and its figures (as Node.statusRule / statusDetails). */
  rule: NodeStatusRule | null;
  details: NodeStatusDetails | null;
}

/**
 * Stores each tracked node's latest snapshot, its sample of the current epoch (throughput and live
 * counts: the per-epoch metrics history) and, when its status changed, one status event (time,
 * old → new, the rule with its figures and the English reason) — the source of uptime % and the
 * health timeline.
 */
@Injectable()
export class StatusRecorderService {
  constructor(
    private readonly db: Db,
    private readonly statuses: NodeStatusRepository,
    private readonly activity: ActivityService,
    private readonly samples: NodeEpochSamplesRepository,
  ) {}

  /** `hardware` null: the hardware list failed; each node keeps the GPU models stored before. Returns how many changed. */
  async record(view: NetworkView, tracked: TrackedNode[], hardware: Record<string, NodeHardwareView> | null = null): Promise<number> {
    return (await this.recordChanges(view, tracked, hardware)).length;
  }

  /** As record(), returning the changes themselves (committed when this resolves): live updates publish them. */
  async recordChanges(view: NetworkView, tracked: TrackedNode[], hardware: Record<string, NodeHardwareView> | null = null): Promise<RecordedStatusChange[]> {
    if (tracked.length === 0) return [];
    const snaps = tracked.map((t) => ({ nodeId: t.id, ...liveToSnapshot(view.nodes[t.identifier]), gpuModels: reportedGpuModels(hardware, t.identifier) }));
    // A node missing from the view is OFFLINE by a rule without figures ({}); null: the view did not carry them.
    const details = new Map<string, NodeStatusDetails | null>(
      tracked.map((t) => [t.id, view.nodes[t.identifier] ? (view.nodes[t.identifier].statusDetails ?? null) : {}]),
    );
    return this.db.transaction(async (tx) => {
      // Old statuses first (locked), so two refreshers can't both record the same transition.
      const old = await this.statuses.lockCurrent(
        snaps.map((s) => s.nodeId),
        tx,
      );
      await this.statuses.saveSnapshots(snaps, tx);
      await this.samples.add(
        view.epochId,
        tracked.map((t) => {
          const live = view.nodes[t.identifier];
          return {
            nodeId: t.id,
            tokensPerSec: live?.tokensPerSec ?? null,
            inferenceCount: live?.inferenceCount ?? null,
            missedRequests: live?.missedRequests ?? null,
          };
        }),
        tx,
      );
      const changed = snaps
        .filter((s) => old.get(s.nodeId) !== s.status)
        .map((s) => ({ ...s, rule: s.statusRule as NodeStatusRule | null, details: details.get(s.nodeId) ?? null }));
      if (changed.length === 0) return [];
      await this.statuses.addEvents(
        changed.map((s) => ({
          nodeId: s.nodeId,
          oldStatus: old.get(s.nodeId) ?? null,
          newStatus: s.status,
          reason: s.statusReason,
          rule: s.rule,
          details: s.details,
        })),
        tx,
      );
      // Owners' activity feed: real transitions only, not a node's first observation. The feed
      // words a status as it is stored (lower case).
      const transitions = changed.filter((s) => old.has(s.nodeId));
      if (transitions.length) {
        await this.activity.recordStatusChanges(
          transitions.map((s) => {
            const from = old.get(s.nodeId)!;
            const params = { fromStatus: from, toStatus: s.status, statusRule: s.rule, statusDetails: s.details };
            return { nodeId: s.nodeId, from: storedStatus(from), to: storedStatus(s.status), reason: s.statusReason, params };
          }),
          tx,
        );
      }
      return changed.map((s) => ({
        nodeId: s.nodeId,
        status: s.status,
        previousStatus: old.get(s.nodeId) ?? null,
        reason: s.statusReason,
        rule: s.rule,
        details: s.details,
      }));
    });
  }
}
