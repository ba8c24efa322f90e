import { Module } from '@nestjs/common';
import { EarningsRepository } from './earnings.repository.js';
import { EpochOutcomesRepository } from './epoch-outcomes.repository.js';
import { EarningsService } from './earnings.service.js';
import { EarningsSyncService } from './earnings-sync.service.js';
import { NodeEarningsResolver } from './node-earnings.resolver.js';
import { SettlementTimesService } from './settlement-times.service.js';

@Module({
  providers: [EarningsRepository, EpochOutcomesRepository, EarningsService, NodeEarningsResolver, EarningsSyncService, SettlementTimesService],
  exports: [EarningsService, EarningsSyncService, EpochOutcomesRepository],
})
export class EarningsModule {}
