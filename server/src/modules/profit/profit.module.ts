import { Module } from '@nestjs/common';
import { EarningsModule } from '../earnings/earnings.module.js';
import { EpochsModule } from '../epochs/epochs.module.js';
import { PricesModule } from '../prices/prices.module.js';
import { RentsModule } from '../rents/rents.module.js';
import { UsersModule } from '../users/users.module.js';
import { NodeLookupsModule } from '../nodes/node-lookups.module.js';
import { DashboardValueResolver } from './dashboard-value.resolver.js';
import { ProfitProjectionService } from './profit-projection.service.js';
import { ProfitReportService } from './profit-report.service.js';
import { DashboardProfitResolver, NodeProfitResolver, ProfitFieldsResolver } from './profit.resolver.js';
import { ProfitService } from './profit.service.js';

/** Profit owns no table: settled income from earnings, prices from prices, rents from rents, ownership from nodes. Statements build on ProfitService. */
@Module({
  imports: [EarningsModule, EpochsModule, PricesModule, RentsModule, UsersModule, NodeLookupsModule],
  providers: [
    ProfitService,
    ProfitReportService,
    ProfitProjectionService,
    NodeProfitResolver,
    DashboardProfitResolver,
    ProfitFieldsResolver,
    DashboardValueResolver,
  ],
  exports: [ProfitService, NodeLookupsModule],
})
export class ProfitModule {}
