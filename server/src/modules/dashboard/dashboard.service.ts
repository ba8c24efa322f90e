import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type Repository } from 'typeorm';
import { paginate, type ConnectionArgs, type ConnectionResult } from '../../graphql/connection.js';
import { ActivityEventEntity } from '../activity/entities/activity-event.entity.js';
import type { ActivityEvent, ActivityKind } from './dto/dashboard.model.js';

/** Aggregates over the customer's own nodes and requests (our tables; no upstream call). */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(ActivityEventEntity) private readonly activity: Repository<ActivityEventEntity>,
  ) {}

  async nodes(userId: string): Promise<{ id: string; identifier: string; status: string | null }[]> {
    return this.db.query(
      `SELECT n.id, n.identifier, c.status FROM user_nodes un JOIN nodes n ON n.id = un.node_id
       LEFT JOIN node_stats_cache c ON c.node_id = n.id WHERE un.user_id = $1`,
      [userId],
    );
  }

  async pendingRequests(userId: string): Promise<number> {
    const [row] = await this.db.query(
      `SELECT count(*)::int AS n FROM support_requests WHERE user_id = $1 AND status IN ('pending', 'in_progress')`,
      [userId],
    );
    return row.n;
  }

  recentActivity(userId: string, args: ConnectionArgs): Promise<ConnectionResult<ActivityEvent>> {
    const qb = this.activity.createQueryBuilder('event').where('event.user_id = :userId', { userId });
    return paginate(qb, args, 'event', {
      idType: 'bigint',
      map: (e) => ({ id: e.id, kind: e.kind as ActivityKind, message: e.message, nodeId: e.nodeId, supportRequestId: e.supportRequestId, createdAt: e.createdAt }),
    });
  }
}
