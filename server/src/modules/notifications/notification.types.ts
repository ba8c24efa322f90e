import type { Tx } from '../../database/db.js';
import type { AlertKind, AlertRecord, AlertSeverity, DeliveryEvent, Language, RenderedAlert } from '../alerts/alert.types.js';

export type ChannelKind = 'EMAIL' | 'TELEGRAM' | 'DISCORD' | 'WEBHOOK';
export type ChannelStatus = 'ACTIVE' | 'PENDING_LINK';

/** One user's delivery target, as stored (secrets included: never sent to clients after creation). */
export interface ChannelRecord {
  id: string;
  userId: string;
  kind: ChannelKind;
  /** Email address, Telegram chat id, Discord webhook URL or webhook URL. */
  target: string;
  label: string;
  status: ChannelStatus;
  minSeverity: AlertSeverity;
  /** null = every kind. */
  events: AlertKind[] | null;
  /** HMAC key of a WEBHOOK channel. */
  secret: string | null;
  createdAt: Date;
}

/** What a sender puts on the wire: the rendered texts plus the webhook body's facts. */
export interface OutboundMessage {
  /** `${alertId}:${channelId}:${event}` (or `test:…`): receivers can drop a repeat. */
  idempotencyKey: string;
  event: DeliveryEvent;
  language: Language;
  rendered: RenderedAlert;
  /** The webhook body (contract): { id, kind, severity, state, occurredAt, title, message, node }. */
  body: {
    id: string;
    kind: AlertKind | 'TEST';
    severity: AlertSeverity;
    state: 'open' | 'resolved';
    occurredAt: string;
    title: string;
    message: string;
    node: { id: string; identifier: string; displayName: string } | null;
  };
}

/** A send that did not go through. `retryable` false: retrying cannot help (e.g. 400, unknown chat). */
export class DeliveryFailure extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'DeliveryFailure';
  }
}

/** Fans an alert event out to the user's channels, inside the caller's transaction (exactly one row per alert × channel × event). */
export interface NotificationOutbox {
  enqueue(tx: Tx, alert: AlertRecord, event: DeliveryEvent): Promise<void>;
}

/** Injection token of the NotificationOutbox (provided by the delivery part of NotificationsModule). */
export const NOTIFICATION_OUTBOX = Symbol('NOTIFICATION_OUTBOX');
