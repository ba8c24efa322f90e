import { Injectable } from '@nestjs/common';
import { Db } from '../../database/db.js';
import type { NetworkView, NodeHardwareView } from '../../network/network-view.types.js';
import type { NodeStatus, NodeStatusRule } from '../../network/node-status.js';
import { ActivityService } from '../activity/activity.service.js';
import { NodeStatusRepository, storedStatus } from './node-status.repository.js';
import type { TrackedNode } from './nodes.repository.js';
import { liveToSnapshot, reportedGpuModels } from './stats-snapshot.js';

/** One node's recorded transition; previousStatus null on its first observation. */
export interface RecordedStatusChange {
  nodeId: string;
  status: NodeStatus;
  previousStatus: NodeStatus | null;
  reason: string | null;
}

/**
 * Stores each tracked node's latest snapshot and, when its status changed, one status event
 * (time, old → new, reason) — the source of uptime % and the health timeline.
 */
@Injectable()
export class StatusRecorderService {
  constructor(
    private readonly db: Db,
    private readonly statuses: NodeStatusRepository,
    private readonly activity: ActivityService,
  ) {}

  /** `hardware` null: the hardware list failed; each node keeps the GPU models stored before. Returns how many changed. */
  async record(view: NetworkView, tracked: TrackedNode[], hardware: Record<string, NodeHardwareView> | null = null): Promise<number> {
    return (await this.recordChanges(view, tracked, hardware)).length;
  }

  /** As record(), returning the changes themselves (committed when this resolves): live updates publish them. */
  async recordChanges(view: NetworkView, tracked: TrackedNode[], hardware: Record<string, NodeHardwareView> | null = null): Promise<RecordedStatusChange[]> {
    if (tracked.length === 0) return [];
    const snaps = tracked.map((t) => ({ nodeId: t.id, ...liveToSnapshot(view.nodes[t.identifier]), gpuModels: reportedGpuModels(hardware, t.identifier) }));
    const details = new Map(tracked.map((t) => [t.id, view.nodes[t.identifier]?.statusDetails ?? null]));
    return this.db.transaction(async (tx) => {
      // Old statuses first (locked), so two refreshers can't both record the same transition.
      const old = await this.statuses.lockCurrent(
        snaps.map((s) => s.nodeId),
        tx,
      );
      await this.statuses.saveSnapshots(snaps, tx);
      const changed = snaps.filter((s) => old.get(s.nodeId) !== s.status);
      if (changed.length === 0) return [];
      await this.statuses.addEvents(
        changed.map((s) => ({ nodeId: s.nodeId, oldStatus: old.get(s.nodeId) ?? null, newStatus: s.status, reason: s.statusReason })),
        tx,
      );
      // Owners' activity feed: real transitions only, not a node's first observation. The feed
      // words a status as it is stored (lower case).
      const transitions = changed.filter((s) => old.has(s.nodeId));
      if (transitions.length) {
        await this.activity.recordStatusChanges(
          transitions.map((s) => {
            const from = old.get(s.nodeId)!;
            const params = { fromStatus: from, toStatus: s.status, statusRule: s.statusRule as NodeStatusRule | null, statusDetails: details.get(s.nodeId) };
            return { nodeId: s.nodeId, from: storedStatus(from), to: storedStatus(s.status), reason: s.statusReason, params };
          }),
          tx,
        );
      }
      return changed.map((s) => ({ nodeId: s.nodeId, status: s.status, previousStatus: old.get(s.nodeId) ?? null, reason: s.statusReason }));
    });
  }
}
