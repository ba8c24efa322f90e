import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module.js';
import { EarningsModule } from '../earnings/earnings.module.js';
import { EpochsModule } from '../epochs/epochs.module.js';
import { DashboardEpochsResolver } from './dashboard-epochs.resolver.js';
import { AttentionValueResolver, ClaimableValueResolver, DashboardClaimValuesResolver } from './claim-values.resolver.js';
import { NodesModule } from '../nodes/nodes.module.js';
import { SupportModule } from '../support/support.module.js';
import { ActivityEventResolver } from './activity-event.resolver.js';
import { DashboardResolver } from './dashboard.resolver.js';
import { DashboardService } from './dashboard.service.js';

@Module({
  imports: [ActivityModule, EarningsModule, EpochsModule, NodesModule, SupportModule],
  providers: [
    DashboardService,
    DashboardResolver,
    DashboardEpochsResolver,
    ActivityEventResolver,
    ClaimableValueResolver,
    AttentionValueResolver,
    DashboardClaimValuesResolver,
  ],
})
export class DashboardModule {}
