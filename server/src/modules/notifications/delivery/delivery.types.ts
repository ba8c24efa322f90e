import type { AlertRecord, DeliveryEvent } from '../../alerts/alert.types.js';

export type DeliveryStatus = 'PENDING' | 'SENT' | 'FAILED';

/** One outbox row: a message owed to one channel for one alert event (or a channel test). */
export interface DeliveryRecord {
  id: string;
  alertId: string | null;
  channelId: string;
  userId: string;
  event: DeliveryEvent;
  idempotencyKey: string;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  /** The alert as it was when the event happened (what the message describes); null for TEST. */
  alert: AlertRecord | null;
  createdAt: Date;
  sentAt: Date | null;
  failedAt: Date | null;
  nextAttemptAt: Date | null;
}

export interface NewDelivery {
  alertId: string | null;
  channelId: string;
  userId: string;
  event: DeliveryEvent;
  idempotencyKey: string;
  alert: AlertRecord | null;
}

/** The pg-boss queue of deliveries; a job's data is only the row id (the row is the truth). */
export const DELIVERY_QUEUE = 'notification.deliver';
export interface DeliveryJob {
  deliveryId: string;
}
