import { Module } from '@nestjs/common';
import { EarningsModule } from '../earnings/earnings.module.js';
import { EpochClockService } from './epoch-clock.service.js';
import { EpochOutcomesService } from './epoch-outcomes.service.js';
import { EpochRiskService } from './epoch-risk.service.js';
import { EpochSummaryService } from './epoch-summary.service.js';
import { EpochRiskModelsResolver } from './epoch-risk-models.resolver.js';
import { EpochRiskResolver, NodeEpochsResolver } from './node-epochs.resolver.js';

/**
 * The epoch guard (issue #13): per node, what each settled epoch paid and why, how the current one
 * is going against the chain's thresholds, and what is claimable until when. The stored outcomes
 * belong to the earnings domain (its repositories); this module holds the rules and the API.
 */
@Module({
  imports: [EarningsModule],
  providers: [EpochClockService, EpochOutcomesService, EpochRiskService, EpochSummaryService, NodeEpochsResolver, EpochRiskResolver, EpochRiskModelsResolver],
  exports: [EpochSummaryService, EpochRiskService, EpochClockService],
})
export class EpochsModule {}
