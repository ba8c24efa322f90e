import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module.js';
import { UsersModule } from '../users/users.module.js';
import { SupportRequestsResolver } from './support-requests.resolver.js';
import { SupportRequestsService } from './support-requests.service.js';
import { SupportRepository } from './support.repository.js';

@Module({
  imports: [UsersModule, ActivityModule],
  providers: [SupportRequestsResolver, SupportRequestsService, SupportRepository],
  exports: [SupportRepository],
})
export class SupportModule {}
