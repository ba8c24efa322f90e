import { Module } from '@nestjs/common';
import { EarningsRepository } from './earnings.repository.js';
import { EarningsService } from './earnings.service.js';
import { EarningsSyncService } from './earnings-sync.service.js';
import { NodeHistoryResolver } from './node-history.resolver.js';
import { SettlementTimesService } from './settlement-times.service.js';

@Module({
  providers: [EarningsRepository, EarningsService, NodeHistoryResolver, EarningsSyncService, SettlementTimesService],
  exports: [EarningsService, EarningsSyncService],
})
export class EarningsModule {}
