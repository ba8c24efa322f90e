import { Module } from '@nestjs/common';
import { AdminResolver } from './admin.resolver.js';
import { SystemStatsService } from './system-stats.service.js';

@Module({ providers: [SystemStatsService, AdminResolver] })
export class AdminModule {}
