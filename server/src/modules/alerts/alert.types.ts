/**
 * The shapes every part of the alerting layer agrees on (issue #14): the evaluator raises alerts,
 * the outbox fans them out to channels, the texts word them, the live layer pushes them.
 */

/** What happened. Stateful kinds open and resolve with a condition; one-shot kinds are notices. */
export const ALERT_KINDS = [
  'NODE_UNHEALTHY',
  'NODE_JAILED',
  'NODE_OFFLINE',
  'EPOCH_AT_RISK',
  'EPOCH_ZERO_REWARD',
  'CLAIM_WINDOW_CLOSING',
  'REWARD_EXPIRED',
  'EARNINGS_DROP',
  'REQUEST_STATUS_CHANGED',
  'REQUEST_NOTE_ADDED',
  'REQUEST_CREATED',
  'NODE_ASSIGNED',
  'NODE_UNASSIGNED',
  'SYSTEM_UPSTREAM_DOWN',
  'SYSTEM_REFRESHER_FAILING',
  'SYSTEM_DELIVERIES_FAILING',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** Kinds that stay open while their condition holds and resolve (with a recovery notice) when it clears. */
export const STATEFUL_ALERT_KINDS: ReadonlySet<AlertKind> = new Set([
  'NODE_UNHEALTHY',
  'NODE_JAILED',
  'NODE_OFFLINE',
  'EPOCH_AT_RISK',
  'CLAIM_WINDOW_CLOSING',
  'SYSTEM_UPSTREAM_DOWN',
  'SYSTEM_REFRESHER_FAILING',
  'SYSTEM_DELIVERIES_FAILING',
]);

export const ALERT_SEVERITIES = ['INFO', 'WARNING', 'CRITICAL'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

/** Severity order for "minimum severity per channel". */
export const SEVERITY_RANK: Record<AlertSeverity, number> = { INFO: 0, WARNING: 1, CRITICAL: 2 };

export type AlertState = 'OPEN' | 'RESOLVED';
export type Language = 'EN' | 'RU';

/** Which delivery a channel gets for an alert: it opened, it resolved, a reminder, or a channel test. */
export type DeliveryEvent = 'OPEN' | 'RESOLVED' | 'REMINDER' | 'TEST';

/** Codes and figures an alert is worded from (never pre-worded English): e.g. { status, reason, epoch, jailedUntil }. */
export type AlertParams = Record<string, string | number | boolean | null>;

/** One stored alert, as services pass it around. */
export interface AlertRecord {
  id: string;
  userId: string;
  nodeId: string | null;
  /** The node's public identifier and name when the alert is about a node (for texts and webhooks). */
  node: { id: string; identifier: string; displayName: string } | null;
  kind: AlertKind;
  severity: AlertSeverity;
  state: AlertState;
  dedupeKey: string;
  params: AlertParams;
  openedAt: Date;
  resolvedAt: Date | null;
  acknowledgedAt: Date | null;
  /** Set when the alert was created while its node was muted: no deliveries for it. */
  mutedAt: Date | null;
}

/** What the evaluator (or another domain) asks AlertsService to open. */
export interface RaiseAlert {
  userId: string;
  nodeId: string | null;
  kind: AlertKind;
  severity: AlertSeverity;
  dedupeKey: string;
  params: AlertParams;
  /** When the fact happened (defaults to now). */
  occurredAt?: Date;
}

/** An alert worded for one reader. */
export interface RenderedAlert {
  title: string;
  message: string;
  /** Absolute URL of the page that shows it (PUBLIC_URL + path), or null. */
  link: string | null;
}

/** An AlertRecord as it arrives over pub/sub: through Redis its dates are ISO strings again. */
export function reviveAlertRecord(a: AlertRecord): AlertRecord {
  const date = (v: Date | string | null) => (v === null || v instanceof Date ? v : new Date(v));
  return {
    ...a,
    openedAt: date(a.openedAt) as Date,
    resolvedAt: date(a.resolvedAt),
    acknowledgedAt: date(a.acknowledgedAt),
    mutedAt: date(a.mutedAt),
  };
}
