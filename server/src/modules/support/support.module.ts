import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module.js';
import { UsersModule } from '../users/users.module.js';
import { NodesModule } from '../nodes/nodes.module.js';
import { EarningsModule } from '../earnings/earnings.module.js';
import { ExpectedEarningsModule } from '../expected-earnings/expected-earnings.module.js';
import { NodeExpectationResolver } from './node-expectation.resolver.js';
import { SupportLoadersFactory } from './support-request-nodes.loader.js';
import { SupportRequestNodesRepository } from './support-request-nodes.repository.js';
import { SupportRequestsResolver } from './support-requests.resolver.js';
import { SupportRequestsService } from './support-requests.service.js';
import { SupportRepository } from './support.repository.js';

@Module({
  imports: [UsersModule, ActivityModule, NodesModule, EarningsModule, ExpectedEarningsModule],
  providers: [
    SupportRequestsResolver,
    NodeExpectationResolver,
    SupportRequestsService,
    SupportRepository,
    SupportRequestNodesRepository,
    SupportLoadersFactory,
  ],
  exports: [SupportRepository, SupportLoadersFactory, SupportRequestsService],
})
export class SupportModule {}
