import type { NodeLiveStats } from '../../network/network-view.types.js';
import type { DerivedNodeStatus, NodeStatusDetails, NodeStatusRule } from '../../network/node-status.js';
import { liveToSnapshot } from '../nodes/stats-snapshot.js';

/** One past epoch of a node: when it began and what the network said of the node at its end (undefined: not in it). */
export interface PastEpoch {
  startedAt: Date;
  verdict: NodeLiveStats | undefined;
}

/** A status event of the node's past timeline, as node_status_events keeps it. */
export interface PastStatusEvent {
  at: Date;
  oldStatus: DerivedNodeStatus | null;
  newStatus: DerivedNodeStatus;
  reason: string | null;
  rule: NodeStatusRule | null;
  details: NodeStatusDetails | null;
}

/**
 * The status timeline of consecutive past epochs (oldest first): the first epoch's status as the
 * node's first observation, then one event at the start of each epoch whose status differs from
 * the one before — as a refresher records transitions, an epoch's verdict holding for the whole of
 * it. A node missing from an epoch is OFFLINE by the same rule (and words) a refresh uses.
 */
export function pastTimeline(epochs: readonly PastEpoch[]): PastStatusEvent[] {
  const events: PastStatusEvent[] = [];
  let last: DerivedNodeStatus | null = null;
  for (const { startedAt, verdict } of epochs) {
    const snap = liveToSnapshot(verdict);
    if (snap.status === last) continue;
    events.push({
      at: startedAt,
      oldStatus: last,
      newStatus: snap.status,
      reason: snap.statusReason,
      rule: snap.statusRule as NodeStatusRule | null,
      details: verdict ? (verdict.statusDetails ?? null) : {},
    });
    last = snap.status;
  }
  return events;
}
