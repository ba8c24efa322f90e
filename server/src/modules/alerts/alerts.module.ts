import { Global, Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module.js';
import { EarningsModule } from '../earnings/earnings.module.js';
import { NodesModule } from '../nodes/nodes.module.js';
import { UsersModule } from '../users/users.module.js';
import { ActivityAlertsListener } from './activity-alerts.listener.js';
import { AlertConditionsRepository, NodeMutesRepository } from './alert-conditions.repository.js';
import { AlertEvaluatorService } from './alert-evaluator.service.js';
import { AlertsRepository } from './alerts.repository.js';
import { AlertFieldsResolver } from './alert-fields.resolver.js';
import { AlertNodesRepository } from './alert-nodes.repository.js';
import { AlertRemindersRepository } from './alert-reminders.repository.js';
import { AlertsResolver } from './alerts.resolver.js';
import { AlertsService } from './alerts.service.js';
import { EpochAlertsEvaluator } from './epoch-alerts.evaluator.js';
import { NodeAlertsResolver } from './node-alerts.resolver.js';
import { StatusAlertsEvaluator } from './status-alerts.evaluator.js';

/**
 * Owns alerts, alert_conditions and node_mutes (issue #14). Global: other domains raise and resolve
 * through AlertsService, and the refresher hands each refresh to AlertEvaluatorService.
 */
@Global()
@Module({
  imports: [ActivityModule, EarningsModule, NodesModule, UsersModule],
  providers: [
    AlertsRepository,
    AlertConditionsRepository,
    NodeMutesRepository,
    AlertsService,
    AlertEvaluatorService,
    StatusAlertsEvaluator,
    EpochAlertsEvaluator,
    ActivityAlertsListener,
    AlertsResolver,
    AlertFieldsResolver,
    AlertNodesRepository,
    AlertRemindersRepository,
    NodeAlertsResolver,
  ],
  exports: [AlertsService, AlertEvaluatorService],
})
export class AlertsModule {}
