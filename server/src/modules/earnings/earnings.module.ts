import { Module } from '@nestjs/common';
import { EarningsRepository } from './earnings.repository.js';
import { EarningsService } from './earnings.service.js';
import { EarningsSyncService } from './earnings-sync.service.js';
import { NodeEarningsResolver } from './node-earnings.resolver.js';
import { SettlementTimesService } from './settlement-times.service.js';

@Module({
  providers: [EarningsRepository, EarningsService, NodeEarningsResolver, EarningsSyncService, SettlementTimesService],
  exports: [EarningsService, EarningsSyncService],
})
export class EarningsModule {}
