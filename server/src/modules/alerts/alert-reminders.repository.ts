/**
 * Reminders of still-open CRITICAL alerts (alerts table, owned by this domain; see alerts.repository.ts).
 * Raw SQL through `Db` / `Sql`. Read-joins: nodes (name), node_mutes (a mute stops reminders too).
 */
import { Injectable } from '@nestjs/common';
import { Db, type Sql } from '../../database/db.js';
import type { AlertRecord } from './alert.types.js';
import { ALERT_COLUMNS, type AlertRow, toAlertRecord } from './alerts.repository.js';

@Injectable()
export class AlertRemindersRepository {
  constructor(private readonly db: Db) {}

  /** Open CRITICAL alerts not muted, with the time of their last notice (opening or reminder). */
  async openCritical(): Promise<(AlertRecord & { lastNoticeAt: Date })[]> {
    const rows = await this.db.rows<AlertRow & { last_notice_at: Date }>(
      `SELECT ${ALERT_COLUMNS}, COALESCE(a.last_reminded_at, a.opened_at) AS last_notice_at FROM alerts a LEFT JOIN nodes n ON n.id = a.node_id
       WHERE a.state = 'OPEN' AND a.severity = 'CRITICAL' AND a.muted_at IS NULL AND a.acknowledged_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM node_mutes m WHERE m.user_id = a.user_id AND m.node_id = a.node_id AND m.muted_until > now())`,
    );
    return rows.map((r) => ({ ...toAlertRecord(r), lastNoticeAt: r.last_notice_at }));
  }

  async markReminded(ids: readonly string[], tx: Sql = this.db): Promise<void> {
    await tx.rows(`UPDATE alerts SET last_reminded_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
  }
}
