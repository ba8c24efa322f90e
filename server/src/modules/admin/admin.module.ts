import { Module } from '@nestjs/common';
import { JobsModule } from '../../jobs/jobs.module.js';
import { AdminResolver } from './admin.resolver.js';
import { SystemStatsService } from './system-stats.service.js';

@Module({ imports: [JobsModule], providers: [SystemStatsService, AdminResolver] })
export class AdminModule {}
