import { Injectable } from '@nestjs/common';
import type { ConnectionArgs, ConnectionResult } from '../../graphql/connection.js';
import { ActivityService } from '../activity/activity.service.js';
import { NodeStatusRepository } from '../nodes/node-status.repository.js';
import { SupportRepository } from '../support/support.repository.js';
import type { ActivityEvent } from './dto/dashboard.model.js';

/** Aggregates over the customer's own nodes and requests, read through their owners (no upstream call). */
@Injectable()
export class DashboardService {
  constructor(
    private readonly statuses: NodeStatusRepository,
    private readonly support: SupportRepository,
    private readonly activity: ActivityService,
  ) {}

  /** The customer's nodes with the status stored at the last refresh (null: not observed yet). */
  nodes(userId: string) {
    return this.statuses.ownedNodeStatuses(userId);
  }

  pendingRequests(userId: string): Promise<number> {
    return this.support.countOpenForUser(userId);
  }

  recentActivity(userId: string, args: ConnectionArgs): Promise<ConnectionResult<ActivityEvent>> {
    // The feed's kinds are the activity entity's union, which the GraphQL enum ActivityKind mirrors.
    return this.activity.feed(userId, args) as Promise<ConnectionResult<ActivityEvent>>;
  }
}
