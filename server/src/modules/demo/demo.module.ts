import { Module } from '@nestjs/common';
import { JobsModule } from '../../jobs/jobs.module.js';
import { EarningsModule } from '../earnings/earnings.module.js';
import { NodesModule } from '../nodes/nodes.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { UsersModule } from '../users/users.module.js';
import { DemoSeedService } from './demo-seed.service.js';
import { CloudModule } from '../cloud/cloud.module.js';
import { DemoRentsService } from './demo-rents.js';
import { RentsModule } from '../rents/rents.module.js';
import { SupportModule } from '../support/support.module.js';
import { DemoRequestsService } from './demo-requests.js';
import { DemoPastService } from './demo-past.js';
import { ActivityModule } from '../activity/activity.module.js';

@Module({
  imports: [NodesModule, UsersModule, NotificationsModule, CloudModule, RentsModule, JobsModule, EarningsModule, SupportModule, ActivityModule],
  providers: [DemoSeedService, DemoRentsService, DemoRequestsService, DemoPastService],
})
export class DemoModule {}
