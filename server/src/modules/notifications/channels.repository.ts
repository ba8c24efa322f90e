/** Owns `notification_channels` (raw SQL through Db/Tx). */
import { Injectable } from '@nestjs/common';
import { Db, type Sql } from '../../database/db.js';
import type { AlertKind, AlertSeverity } from '../alerts/alert.types.js';
import type { ChannelKind, ChannelRecord, ChannelStatus } from './notification.types.js';

/** Lock key namespace of "one user's channel list" (advisory lock: the 10-channel limit holds under concurrent creates). */
const USER_CHANNELS_LOCK = 1_764_892_800;

interface ChannelRow {
  id: string;
  user_id: string;
  kind: ChannelKind;
  target: string;
  label: string;
  status: ChannelStatus;
  min_severity: AlertSeverity;
  events: AlertKind[] | null;
  secret: string | null;
  link_code: string | null;
  link_expires_at: Date | null;
  created_at: Date;
}

const COLUMNS = 'id, user_id, kind, target, label, status, min_severity, events, secret, link_code, link_expires_at, created_at';

/** A channel with its pending Telegram link (never leaves the server except as the t.me link). */
export interface StoredChannel extends ChannelRecord {
  linkCode: string | null;
  linkExpiresAt: Date | null;
}

export interface ChannelChanges {
  label?: string;
  minSeverity?: AlertSeverity;
  /** null = every kind. */
  events?: AlertKind[] | null;
}

function toRecord(r: ChannelRow): StoredChannel {
  return {
    id: r.id,
    userId: r.user_id,
    kind: r.kind,
    target: r.target,
    label: r.label,
    status: r.status,
    minSeverity: r.min_severity,
    events: r.events,
    secret: r.secret,
    linkCode: r.link_code,
    linkExpiresAt: r.link_expires_at,
    createdAt: r.created_at,
  };
}

export interface NewChannel {
  userId: string;
  kind: ChannelKind;
  target: string;
  label: string;
  status: ChannelStatus;
  minSeverity: AlertSeverity;
  events: AlertKind[] | null;
  secret: string | null;
  linkCode: string | null;
  linkExpiresAt: Date | null;
}

@Injectable()
export class ChannelsRepository {
  constructor(private readonly db: Db) {}

  async insert(c: NewChannel, tx: Sql = this.db): Promise<StoredChannel> {
    const [row] = await tx.rows<ChannelRow>(
      `INSERT INTO notification_channels (user_id, kind, target, label, status, min_severity, events, secret, link_code, link_expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${COLUMNS}`,
      [c.userId, c.kind, c.target, c.label, c.status, c.minSeverity, c.events, c.secret, c.linkCode, c.linkExpiresAt],
    );
    return toRecord(row);
  }

  /** Oldest first (the order the user added them). */
  async listByUser(userId: string, tx: Sql = this.db): Promise<StoredChannel[]> {
    const rows = await tx.rows<ChannelRow>(`SELECT ${COLUMNS} FROM notification_channels WHERE user_id = $1 ORDER BY created_at, id`, [userId]);
    return rows.map(toRecord);
  }

  /** Active channels of several users at once (the outbox fans an alert out with one query). */
  async activeByUsers(userIds: readonly string[], tx: Sql = this.db): Promise<StoredChannel[]> {
    if (userIds.length === 0) return [];
    const rows = await tx.rows<ChannelRow>(
      `SELECT ${COLUMNS} FROM notification_channels WHERE user_id = ANY($1::uuid[]) AND status = 'ACTIVE' ORDER BY created_at, id`,
      [userIds],
    );
    return rows.map(toRecord);
  }

  /** `userId`: only when it is that user's channel. */
  async findById(id: string, userId?: string, tx: Sql = this.db): Promise<StoredChannel | null> {
    const rows = await tx.rows<ChannelRow>(`SELECT ${COLUMNS} FROM notification_channels WHERE id = $1 AND ($2::uuid IS NULL OR user_id = $2::uuid)`, [
      id,
      userId ?? null,
    ]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** True when the user's channel existed and is gone. */
  async delete(id: string, userId: string, tx: Sql = this.db): Promise<boolean> {
    const rows = await tx.rows<{ id: string }>(`DELETE FROM notification_channels WHERE id = $1 AND user_id = $2 RETURNING id`, [id, userId]);
    return rows.length > 0;
  }

  /** Serialises channel creation per user until the transaction ends; answers how many channels the user has. */
  async lockUser(userId: string, tx: Sql): Promise<number> {
    await tx.rows(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [USER_CHANNELS_LOCK, userId]);
    // A separate statement: its snapshot is taken after the lock, so it sees every committed insert.
    const [row] = await tx.rows<{ n: number }>(`SELECT count(*)::int AS n FROM notification_channels WHERE user_id = $1`, [userId]);
    return row.n;
  }

  /** Only the given fields change; null when it is not that user's channel. */
  async update(id: string, userId: string, changes: ChannelChanges, tx: Sql = this.db): Promise<StoredChannel | null> {
    const rows = await tx.rows<ChannelRow>(
      `UPDATE notification_channels SET
         label = CASE WHEN $3::boolean THEN $4 ELSE label END,
         min_severity = CASE WHEN $5::boolean THEN $6 ELSE min_severity END,
         events = CASE WHEN $7::boolean THEN $8::text[] ELSE events END
       WHERE id = $1 AND user_id = $2 RETURNING ${COLUMNS}`,
      [
        id,
        userId,
        changes.label !== undefined,
        changes.label ?? null,
        changes.minSeverity !== undefined,
        changes.minSeverity ?? null,
        changes.events !== undefined,
        changes.events ?? null,
      ],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** A fresh link code for a still-unlinked Telegram channel (the old one expired). */
  async renewLinkCode(id: string, code: string, expiresAt: Date, tx: Sql = this.db): Promise<StoredChannel | null> {
    const rows = await tx.rows<ChannelRow>(
      `UPDATE notification_channels SET link_code = $2, link_expires_at = $3 WHERE id = $1 AND status = 'PENDING_LINK' RETURNING ${COLUMNS}`,
      [id, code, expiresAt],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /**
   * `/start <code>` from chat `chatId`: links the channel whose unexpired code it is, once (the code
   * is cleared in the same statement, so a replayed update links nothing). Null: no such live code.
   */
  async linkByCode(code: string, chatId: string, tx: Sql = this.db): Promise<StoredChannel | null> {
    const rows = await tx.rows<ChannelRow>(
      `UPDATE notification_channels SET target = $2, status = 'ACTIVE', link_code = NULL, link_expires_at = NULL
       WHERE link_code = $1 AND status = 'PENDING_LINK' AND link_expires_at > now() RETURNING ${COLUMNS}`,
      [code, chatId],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }
}
