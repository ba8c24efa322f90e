import { Module } from '@nestjs/common';
import { EarningsModule } from '../modules/earnings/earnings.module.js';
import { NodesModule } from '../modules/nodes/nodes.module.js';
import { PricesModule } from '../modules/prices/prices.module.js';
import { PriceJobsService } from './price-jobs.service.js';
import { RefresherService } from './refresher.service.js';

/** The periodic work: it reads the network and hands what it read to the domains that store it. */
@Module({
  imports: [NodesModule, EarningsModule, PricesModule],
  providers: [RefresherService, PriceJobsService],
  exports: [RefresherService, PriceJobsService],
})
export class JobsModule {}
