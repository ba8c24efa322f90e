import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module.js';
import { UsersModule } from '../users/users.module.js';
import { NodeLoadersFactory } from './loaders/node-loaders.js';
import { NodeAssignmentService } from './node-assignment.service.js';
import { NodeJobsResolver } from './node-jobs.resolver.js';
import { NodeListRepository } from './node-list.repository.js';
import { NodeLiveResolver } from './node-live.resolver.js';
import { NodeOwnerResolver } from './node-owner.resolver.js';
import { NodeMetricsRepository } from './node-metrics.repository.js';
import { NodeStatusHistoryResolver } from './node-status-history.resolver.js';
import { NodeStatusRepository } from './node-status.repository.js';
import { NodesRepository } from './nodes.repository.js';
import { NodesResolver } from './nodes.resolver.js';
import { NodesService } from './nodes.service.js';
import { StatusRecorderService } from './status-recorder.service.js';

/**
 * Owns nodes, user_nodes, node_ownership_history, node_count, node_stats_cache and
 * node_status_events. Other modules reach them through what is exported here: the refresher
 * (tracked nodes, status recording), the dashboard and admin statistics (the repositories' reads),
 * the demo seed (NodeAssignmentService.ensureAssigned).
 */
@Module({
  imports: [ActivityModule, UsersModule],
  providers: [
    NodesRepository,
    NodeListRepository,
    NodeStatusRepository,
    NodeMetricsRepository,
    NodesService,
    NodeAssignmentService,
    NodesResolver,
    NodeLiveResolver,
    NodeJobsResolver,
    NodeOwnerResolver,
    NodeStatusHistoryResolver,
    StatusRecorderService,
    NodeLoadersFactory,
  ],
  exports: [NodesRepository, NodeStatusRepository, NodeAssignmentService, StatusRecorderService, NodeLoadersFactory],
})
export class NodesModule {}
