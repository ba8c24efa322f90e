import { Module } from '@nestjs/common';
import { EarningsModule } from '../earnings/earnings.module.js';
import { ExpectedEarningsResolver } from './expected-earnings.resolver.js';
import { ExpectedEarningsService } from './expected-earnings.service.js';

/** Expected earnings per GPU model (issue #16); no tables: a request stores the figures it was shown (support). */
@Module({ imports: [EarningsModule], providers: [ExpectedEarningsService, ExpectedEarningsResolver], exports: [ExpectedEarningsService] })
export class ExpectedEarningsModule {}
