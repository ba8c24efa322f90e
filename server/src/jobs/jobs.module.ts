import { Module } from '@nestjs/common';
import { EarningsModule } from '../modules/earnings/earnings.module.js';
import { NodesModule } from '../modules/nodes/nodes.module.js';
import { RefresherService } from './refresher.service.js';

/** The periodic work: it reads the network and hands what it read to the domains that store it. */
@Module({ imports: [NodesModule, EarningsModule], providers: [RefresherService], exports: [RefresherService] })
export class JobsModule {}
