/** Owns `notification_channels` (raw SQL through Db/Tx). */
import { Injectable } from '@nestjs/common';
import { Db, type Sql } from '../../database/db.js';
import type { AlertKind, AlertSeverity } from '../alerts/alert.types.js';
import type { ChannelKind, ChannelRecord, ChannelStatus } from './notification.types.js';

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
  created_at: Date;
}

const COLUMNS = 'id, user_id, kind, target, label, status, min_severity, events, secret, created_at';

function toRecord(r: ChannelRow): ChannelRecord {
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

  async insert(c: NewChannel, tx: Sql = this.db): Promise<ChannelRecord> {
    const [row] = await tx.rows<ChannelRow>(
      `INSERT INTO notification_channels (user_id, kind, target, label, status, min_severity, events, secret, link_code, link_expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${COLUMNS}`,
      [c.userId, c.kind, c.target, c.label, c.status, c.minSeverity, c.events, c.secret, c.linkCode, c.linkExpiresAt],
    );
    return toRecord(row);
  }

  /** Oldest first (the order the user added them). */
  async listByUser(userId: string, tx: Sql = this.db): Promise<ChannelRecord[]> {
    const rows = await tx.rows<ChannelRow>(`SELECT ${COLUMNS} FROM notification_channels WHERE user_id = $1 ORDER BY created_at, id`, [userId]);
    return rows.map(toRecord);
  }

  /** Active channels of several users at once (the outbox fans an alert out with one query). */
  async activeByUsers(userIds: readonly string[], tx: Sql = this.db): Promise<ChannelRecord[]> {
    if (userIds.length === 0) return [];
    const rows = await tx.rows<ChannelRow>(
      `SELECT ${COLUMNS} FROM notification_channels WHERE user_id = ANY($1::uuid[]) AND status = 'ACTIVE' ORDER BY created_at, id`,
      [userIds],
    );
    return rows.map(toRecord);
  }

  /** `userId`: only when it is that user's channel. */
  async findById(id: string, userId?: string, tx: Sql = this.db): Promise<ChannelRecord | null> {
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
}
