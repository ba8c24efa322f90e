/**
 * Node status alerts with flap suppression (issue #14): a status must be seen in `hold` consecutive
 * refreshes before its alert opens, and HEALTHY must hold as long before the alert resolves
 * (hysteresis). UNKNOWN changes nothing. While the portal's own source is suspect (dependency
 * suppression) a bad status neither advances nor opens anything; a recovery still goes through.
 */
import { NodeStatus } from '../../../network/node-status.js';
import type { AlertKind, AlertSeverity } from '../alert.types.js';

export const STATUS_ALERT_KINDS = ['NODE_UNHEALTHY', 'NODE_JAILED', 'NODE_OFFLINE'] as const satisfies readonly AlertKind[];
export type StatusAlertKind = (typeof STATUS_ALERT_KINDS)[number];
/** What a refresh saw: a status alert's condition, or HEALTHY (a recovery candidate). */
export type StatusCandidate = StatusAlertKind | 'HEALTHY';

export const STATUS_SEVERITY: Record<StatusAlertKind, AlertSeverity> = { NODE_OFFLINE: 'CRITICAL', NODE_JAILED: 'CRITICAL', NODE_UNHEALTHY: 'WARNING' };

/** Share (and least number) of tracked nodes that going OFFLINE in one refresh points at our source, not at them. */
export const MASS_OFFLINE_SHARE = 0.5;
export const MASS_OFFLINE_MIN = 3;

export function candidateOf(status: NodeStatus): StatusCandidate | null {
  switch (status) {
    case NodeStatus.HEALTHY:
      return 'HEALTHY';
    case NodeStatus.UNHEALTHY:
      return 'NODE_UNHEALTHY';
    case NodeStatus.JAILED:
      return 'NODE_JAILED';
    case NodeStatus.OFFLINE:
      return 'NODE_OFFLINE';
    default:
      return null;
  }
}

export interface Held {
  kind: string;
  consecutive: number;
}

/** The node's condition after this refresh; `frozen`: suppression holds a bad status where it was. */
export function nextCondition(prev: Held | undefined, seen: StatusCandidate | null, frozen: boolean): Held | undefined {
  if (seen === null) return prev;
  if (frozen && seen !== 'HEALTHY') return prev;
  if (prev?.kind === seen) return { kind: seen, consecutive: prev.consecutive + 1 };
  return { kind: seen, consecutive: 1 };
}

export interface StatusDecision {
  open: StatusAlertKind | null;
  resolve: StatusAlertKind[];
}

/**
 * What to open and resolve for one node and recipient, given its condition and the status alerts
 * open for it. A node has at most one open status alert: a new held status replaces the old one.
 */
export function statusDecision(cond: Held | undefined, hold: number, open: ReadonlySet<StatusAlertKind>, suppressed: boolean): StatusDecision {
  const none: StatusDecision = { open: null, resolve: [] };
  if (!cond || cond.consecutive < hold) return none;
  if (cond.kind === 'HEALTHY') return { open: null, resolve: [...open] };
  if (suppressed) return none;
  const kind = cond.kind as StatusAlertKind;
  return { open: open.has(kind) ? null : kind, resolve: [...open].filter((k) => k !== kind) };
}

/**
 * Whether so many tracked nodes went OFFLINE in this one refresh that the source is the likelier
 * fault. A node's first observation is no change (a fresh install with offline nodes alerts
 * normally). While suppressed, the nodes' conditions stay frozen where they were, so the same nodes
 * still count as "went OFFLINE" next refresh: the hold lasts until they are back (or seen apart).
 */
export function massOffline(changes: readonly { before: string | undefined; seen: StatusCandidate | null }[], tracked: number): number | null {
  const went = changes.filter((c) => c.seen === 'NODE_OFFLINE' && c.before !== undefined && c.before !== 'NODE_OFFLINE').length;
  return went >= MASS_OFFLINE_MIN && went >= MASS_OFFLINE_SHARE * tracked ? went : null;
}

export const statusDedupeKey = (kind: StatusAlertKind, nodeId: string) => `${kind}:${nodeId}`;
