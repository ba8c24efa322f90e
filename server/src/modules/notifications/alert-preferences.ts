/**
 * Which profile preference (the "quiet choices") governs each alert kind. Typed as a full record so
 * a new kind cannot ship without a group.
 */
import { type AlertKind, type AlertSeverity, SEVERITY_RANK } from '../alerts/alert.types.js';
import type { NotificationPreferenceKey } from '../users/dto/notification-preferences.model.js';
import type { ChannelRecord } from './notification.types.js';

export const PREFERENCE_OF_KIND: Record<AlertKind, NotificationPreferenceKey> = {
  NODE_UNHEALTHY: 'nodeDown',
  NODE_JAILED: 'nodeDown',
  NODE_OFFLINE: 'nodeDown',
  EARNINGS_DROP: 'earningsDrop',
  EPOCH_ZERO_REWARD: 'earningsDrop',
  REQUEST_STATUS_CHANGED: 'requestUpdates',
  REQUEST_NOTE_ADDED: 'requestUpdates',
  REQUEST_CREATED: 'requestUpdates',
  EPOCH_AT_RISK: 'epochGuard',
  CLAIM_WINDOW_CLOSING: 'epochGuard',
  REWARD_EXPIRED: 'epochGuard',
  NODE_ASSIGNED: 'assignments',
  NODE_UNASSIGNED: 'assignments',
  SYSTEM_UPSTREAM_DOWN: 'system',
  SYSTEM_REFRESHER_FAILING: 'system',
  SYSTEM_DELIVERIES_FAILING: 'system',
};

/** Stored preferences default to on: only an explicit false turns a group off. */
export function preferenceAllows(prefs: Record<string, boolean> | null | undefined, kind: AlertKind): boolean {
  return prefs?.[PREFERENCE_OF_KIND[kind]] !== false;
}

/** The channel wants this alert: its kind is among the channel's events (null = all) and it is severe enough. */
export function channelWants(channel: Pick<ChannelRecord, 'status' | 'events' | 'minSeverity'>, alert: { kind: AlertKind; severity: AlertSeverity }): boolean {
  if (channel.status !== 'ACTIVE') return false;
  if (channel.events !== null && !channel.events.includes(alert.kind)) return false;
  return SEVERITY_RANK[alert.severity] >= SEVERITY_RANK[channel.minSeverity];
}
