import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type ActivityKind, ActivityEventEntity } from './entities/activity-event.entity.js';

export interface NewActivityEvent {
  userId: string;
  kind: ActivityKind;
  message: string;
  nodeId?: string | null;
  supportRequestId?: string | null;
}

/** Writes activity feed events; pass the caller's transaction manager so the event commits with the change. */
@Injectable()
export class ActivityService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(events: NewActivityEvent | NewActivityEvent[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    const rows = (Array.isArray(events) ? events : [events]).map((e) => ({
      userId: e.userId,
      kind: e.kind,
      message: e.message,
      nodeId: e.nodeId ?? null,
      supportRequestId: e.supportRequestId ?? null,
    }));
    if (rows.length) await manager.insert(ActivityEventEntity, rows);
  }
}
