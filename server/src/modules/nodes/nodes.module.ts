import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module.js';
import { EarningsModule } from '../earnings/earnings.module.js';
import { UsersModule } from '../users/users.module.js';
import { CloudModule } from '../cloud/cloud.module.js';
import { RentsModule } from '../rents/rents.module.js';
import { NodeLoadersFactory } from './loaders/node-loaders.js';
import { NodeAssignmentService } from './node-assignment.service.js';
import { NodeJobsResolver } from './node-jobs.resolver.js';
import { NodeListCache } from './node-list.cache.js';
import { NodeListRepository } from './node-list.repository.js';
import { NodeLiveResolver } from './node-live.resolver.js';
import { NodeOwnerResolver } from './node-owner.resolver.js';
import { NodeMetricsRepository } from './node-metrics.repository.js';
import { NodeEpochSamplesRepository } from './node-epoch-samples.repository.js';
import { NodeMetricsHistoryResolver } from './node-metrics-history.resolver.js';
import { NodeMetricsHistoryService } from './node-metrics-history.service.js';
import { NodeStatusHistoryResolver } from './node-status-history.resolver.js';
import { NodeStatusRepository } from './node-status.repository.js';
import { NodeLookupsModule } from './node-lookups.module.js';
import { NodesRepository } from './nodes.repository.js';
import { NodesResolver } from './nodes.resolver.js';
import { NodesService } from './nodes.service.js';
import { StatusRecorderService } from './status-recorder.service.js';

/**
 * Owns nodes, user_nodes, node_ownership_history, node_count, node_stats_cache,
 * node_status_events and node_epoch_samples. Other modules reach them through what is exported here: the refresher
 * (tracked nodes, status recording), the dashboard and admin statistics (the repositories' reads),
 * the demo seed (NodeAssignmentService.ensureAssigned; the past month's samples and status events).
 */
@Module({
  imports: [ActivityModule, UsersModule, CloudModule, EarningsModule, RentsModule, NodeLookupsModule],
  providers: [
    NodesRepository,
    NodeListRepository,
    NodeListCache,
    NodeStatusRepository,
    NodeMetricsRepository,
    NodeEpochSamplesRepository,
    NodeMetricsHistoryService,
    NodeMetricsHistoryResolver,
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
  exports: [
    NodesRepository,
    NodeStatusRepository,
    NodeEpochSamplesRepository,
    NodeAssignmentService,
    StatusRecorderService,
    NodeLoadersFactory,
    NodeLookupsModule,
  ],
})
export class NodesModule {}
