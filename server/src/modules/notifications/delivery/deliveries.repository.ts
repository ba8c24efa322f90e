/** Owns `notification_deliveries` (raw SQL through Db/Tx). */
import { Injectable } from '@nestjs/common';
import { Db, type Sql } from '../../../database/db.js';
import type { AlertRecord, DeliveryEvent } from '../../alerts/alert.types.js';
import { DELIVERY_QUEUE, type DeliveryRecord, type DeliveryStatus, type NewDelivery } from './delivery.types.js';

interface DeliveryRow {
  id: string;
  alert_id: string | null;
  channel_id: string;
  user_id: string;
  event: DeliveryEvent;
  idempotency_key: string;
  status: DeliveryStatus;
  attempts: number;
  last_error: string | null;
  alert: AlertRecord | null;
  created_at: Date;
  sent_at: Date | null;
  failed_at: Date | null;
  next_attempt_at: Date | null;
  cursor_at?: string;
}

const COLUMNS =
  'id, alert_id, channel_id, user_id, event, idempotency_key, status, attempts, last_error, alert, created_at, sent_at, failed_at, next_attempt_at';

/** JSON turns the snapshot's dates into strings; the rest of the code sees an AlertRecord again. */
function reviveAlert(a: AlertRecord | null): AlertRecord | null {
  if (!a) return null;
  const date = (v: Date | string | null) => (v === null ? null : new Date(v));
  return { ...a, openedAt: new Date(a.openedAt), resolvedAt: date(a.resolvedAt), acknowledgedAt: date(a.acknowledgedAt), mutedAt: date(a.mutedAt) };
}

function toRecord(r: DeliveryRow): DeliveryRecord {
  return {
    id: r.id,
    alertId: r.alert_id,
    channelId: r.channel_id,
    userId: r.user_id,
    event: r.event,
    idempotencyKey: r.idempotency_key,
    status: r.status,
    attempts: r.attempts,
    lastError: r.last_error,
    alert: reviveAlert(r.alert),
    createdAt: r.created_at,
    sentAt: r.sent_at,
    failedAt: r.failed_at,
    nextAttemptAt: r.next_attempt_at,
  };
}

export interface DeliveryPage {
  rows: Array<{ record: DeliveryRecord; cursorAt: string }>;
  hasNextPage: boolean;
}

@Injectable()
export class DeliveriesRepository {
  constructor(private readonly db: Db) {}

  /** Inserts the rows that are new; an existing idempotency key is left as it is. Returns only the inserted rows. */
  async insertNew(rows: readonly NewDelivery[], tx: Sql): Promise<DeliveryRecord[]> {
    if (rows.length === 0) return [];
    const inserted = await tx.rows<DeliveryRow>(
      `INSERT INTO notification_deliveries (alert_id, channel_id, user_id, event, idempotency_key, alert)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::jsonb[])
       ON CONFLICT (idempotency_key) DO NOTHING RETURNING ${COLUMNS}`,
      [
        rows.map((r) => r.alertId),
        rows.map((r) => r.channelId),
        rows.map((r) => r.userId),
        rows.map((r) => r.event),
        rows.map((r) => r.idempotencyKey),
        rows.map((r) => (r.alert ? JSON.stringify(r.alert) : null)),
      ],
    );
    return inserted.map(toRecord);
  }

  /** How many REMINDER rows this alert × channel already has (the next one's sequence number). */
  async reminderCount(alertId: string, channelId: string, tx: Sql = this.db): Promise<number> {
    const [row] = await tx.rows<{ n: number }>(
      `SELECT count(*)::int AS n FROM notification_deliveries WHERE alert_id = $1 AND channel_id = $2 AND event = 'REMINDER'`,
      [alertId, channelId],
    );
    return row.n;
  }

  /** The row, locked for this transaction; null when another worker holds it (a send in flight) or it is gone. */
  async lock(id: string, tx: Sql): Promise<DeliveryRecord | null> {
    const rows = await tx.rows<DeliveryRow>(`SELECT ${COLUMNS} FROM notification_deliveries WHERE id = $1 FOR UPDATE SKIP LOCKED`, [id]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async markSent(id: string, tx: Sql): Promise<void> {
    await tx.rows(`UPDATE notification_deliveries SET status = 'SENT', attempts = attempts + 1, sent_at = now(), next_attempt_at = NULL WHERE id = $1`, [id]);
  }

  /** One attempt failed: `final` → FAILED for good, else still PENDING until `nextAttemptAt`. */
  async markAttemptFailed(id: string, reason: string, final: boolean, nextAttemptAt: Date | null, tx: Sql): Promise<void> {
    await tx.rows(
      `UPDATE notification_deliveries SET attempts = attempts + 1, last_error = $2,
         status = CASE WHEN $3 THEN 'FAILED' ELSE status END,
         failed_at = CASE WHEN $3 THEN now() ELSE NULL END,
         next_attempt_at = CASE WHEN $3 THEN NULL ELSE $4::timestamptz END
       WHERE id = $1`,
      [id, reason.slice(0, 500), final, nextAttemptAt],
    );
  }

  async findById(id: string, tx: Sql = this.db): Promise<DeliveryRecord | null> {
    const rows = await tx.rows<DeliveryRow>(`SELECT ${COLUMNS} FROM notification_deliveries WHERE id = $1`, [id]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** Deliveries that became FAILED since `since` (the SYSTEM_DELIVERIES_FAILING threshold). */
  async failedSince(since: Date): Promise<number> {
    const [row] = await this.db.rows<{ n: number }>(`SELECT count(*)::int AS n FROM notification_deliveries WHERE status = 'FAILED' AND failed_at >= $1`, [
      since,
    ]);
    return row.n;
  }

  /** Each channel's newest delivery (one query for a page of channels). */
  async lastByChannels(channelIds: readonly string[]): Promise<DeliveryRecord[]> {
    const rows = await this.db.rows<DeliveryRow>(
      `SELECT DISTINCT ON (channel_id) ${COLUMNS} FROM notification_deliveries WHERE channel_id = ANY($1::uuid[]) ORDER BY channel_id, created_at DESC, id DESC`,
      [channelIds],
    );
    return rows.map(toRecord);
  }

  /** Every delivery of these alerts, oldest first. */
  async byAlerts(alertIds: readonly string[]): Promise<DeliveryRecord[]> {
    const rows = await this.db.rows<DeliveryRow>(`SELECT ${COLUMNS} FROM notification_deliveries WHERE alert_id = ANY($1::uuid[]) ORDER BY created_at, id`, [
      alertIds,
    ]);
    return rows.map(toRecord);
  }

  /** FAILED deliveries, newest first, keyset-paged on (created_at, id). */
  async failedPage(first: number, after: [string, string] | null): Promise<DeliveryPage> {
    const rows = await this.db.rows<DeliveryRow>(
      `SELECT ${COLUMNS}, created_at::text AS cursor_at FROM notification_deliveries
       WHERE status = 'FAILED' AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
       ORDER BY created_at DESC, id DESC LIMIT $1`,
      [first + 1, after?.[0] ?? null, after?.[1] ?? null],
    );
    return { rows: rows.slice(0, first).map((r) => ({ record: toRecord(r), cursorAt: String(r.cursor_at) })), hasNextPage: rows.length > first };
  }

  async failedCount(): Promise<number> {
    const [row] = await this.db.rows<{ n: number }>(`SELECT count(*)::int AS n FROM notification_deliveries WHERE status = 'FAILED'`);
    return row.n;
  }

  /**
   * PENDING rows older than `olderThanSeconds` with no live pg-boss job (its retries were used up by
   * crashes, or it was never sent): the sweeper gives them a new job.
   */
  async orphanedPending(olderThanSeconds: number, limit: number): Promise<string[]> {
    const rows = await this.db.rows<{ id: string }>(
      `SELECT d.id FROM notification_deliveries d
       WHERE d.status = 'PENDING' AND d.created_at < now() - make_interval(secs => $1)
         AND NOT EXISTS (SELECT 1 FROM pgboss.job j WHERE j.name = $2 AND j.state < 'completed' AND j.data->>'deliveryId' = d.id::text)
       ORDER BY d.created_at LIMIT $3`,
      [olderThanSeconds, DELIVERY_QUEUE, limit],
    );
    return rows.map((r) => r.id);
  }
}
