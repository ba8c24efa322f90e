import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActivityEventEntity } from '../activity/entities/activity-event.entity.js';
import { EarningsModule } from '../earnings/earnings.module.js';
import { DashboardResolver } from './dashboard.resolver.js';
import { DashboardService } from './dashboard.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ActivityEventEntity]), EarningsModule],
  providers: [DashboardService, DashboardResolver],
})
export class DashboardModule {}
