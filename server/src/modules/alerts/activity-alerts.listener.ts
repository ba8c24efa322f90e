import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Tx } from '../../database/db.js';
import { ActivityService, type RecordedActivityEvent } from '../activity/activity.service.js';
import { UsersRepository } from '../users/users.repository.js';
import type { RaiseAlert } from './alert.types.js';
import { AlertsService } from './alerts.service.js';

/**
 * Support-request and assignment events become alerts in the same transaction as the change: the
 * customer hears about their request and their nodes, every admin about a new request. The
 * activity event's id makes each alert's key, so one event is never alerted twice.
 */
@Injectable()
export class ActivityAlertsListener implements OnModuleInit {
  constructor(
    private readonly activity: ActivityService,
    private readonly alerts: AlertsService,
    private readonly users: UsersRepository,
  ) {}

  onModuleInit(): void {
    this.activity.onRecorded((events, tx) => this.handle(events, tx));
  }

  async handle(events: readonly RecordedActivityEvent[], tx?: Tx): Promise<void> {
    for (const e of events) for (const alert of await this.alertsOf(e, tx)) await this.alerts.raise(alert, tx);
  }

  private async alertsOf(e: RecordedActivityEvent, tx?: Tx): Promise<RaiseAlert[]> {
    const p = e.params;
    const requestId = e.supportRequestId ?? null;
    switch (p.action) {
      case 'REQUEST_STATUS_CHANGED':
        return [
          this.notice(e.userId, 'REQUEST_STATUS_CHANGED', null, `REQUEST_STATUS_CHANGED:${e.id}`, {
            requestId,
            fromStatus: p.fromRequestStatus ?? null,
            toStatus: p.toRequestStatus ?? null,
          }),
        ];
      case 'REQUEST_NOTES_UPDATED':
      case 'REQUEST_NOTES_CLEARED':
        return [this.notice(e.userId, 'REQUEST_NOTE_ADDED', null, `REQUEST_NOTE_ADDED:${e.id}`, { requestId, cleared: p.action === 'REQUEST_NOTES_CLEARED' })];
      case 'REQUEST_CREATED': {
        const params = { requestId, requestType: p.requestType ?? null, quantity: p.quantity ?? null, gpuType: p.gpuType ?? null };
        const admins = (await this.users.adminIds(tx)).filter((id) => id !== e.userId);
        return admins.map((admin) => this.notice(admin, 'REQUEST_CREATED', null, `REQUEST_CREATED:${e.id}`, params));
      }
      case 'NODE_ASSIGNED':
        return [this.notice(e.userId, 'NODE_ASSIGNED', e.nodeId ?? null, `NODE_ASSIGNED:${e.nodeId ?? '-'}:${e.id}`, { nodeName: p.nodeName ?? null })];
      case 'NODE_UNASSIGNED':
        // The node is no longer theirs: the alert names it but does not link to it.
        return [this.notice(e.userId, 'NODE_UNASSIGNED', null, `NODE_UNASSIGNED:${e.nodeId ?? '-'}:${e.id}`, { nodeName: p.nodeName ?? null })];
      default:
        return [];
    }
  }

  private notice(userId: string, kind: RaiseAlert['kind'], nodeId: string | null, dedupeKey: string, params: RaiseAlert['params']): RaiseAlert {
    return { userId, nodeId, kind, severity: 'INFO', dedupeKey, params };
  }
}
