import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module.js';
import { EarningsModule } from '../earnings/earnings.module.js';
import { NodesModule } from '../nodes/nodes.module.js';
import { SupportModule } from '../support/support.module.js';
import { ActivityEventResolver } from './activity-event.resolver.js';
import { DashboardResolver } from './dashboard.resolver.js';
import { DashboardService } from './dashboard.service.js';

@Module({
  imports: [ActivityModule, EarningsModule, NodesModule, SupportModule],
  providers: [DashboardService, DashboardResolver, ActivityEventResolver],
})
export class DashboardModule {}
