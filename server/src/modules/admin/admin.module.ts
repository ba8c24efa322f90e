import { Module } from '@nestjs/common';
import { JobsModule } from '../../jobs/jobs.module.js';
import { EpochsModule } from '../epochs/epochs.module.js';
import { SystemEpochsResolver } from './system-epochs.resolver.js';
import { NodesModule } from '../nodes/nodes.module.js';
import { SupportModule } from '../support/support.module.js';
import { UsersModule } from '../users/users.module.js';
import { AdminResolver } from './admin.resolver.js';
import { SystemStatsService } from './system-stats.service.js';

@Module({ imports: [EpochsModule, JobsModule, NodesModule, SupportModule, UsersModule], providers: [SystemStatsService, AdminResolver, SystemEpochsResolver] })
export class AdminModule {}
