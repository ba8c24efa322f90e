import type { Type } from '@nestjs/common';
import { AlertFieldsResolver } from '../modules/alerts/alert-fields.resolver.js';
import { AlertsResolver } from '../modules/alerts/alerts.resolver.js';
import { NodeAlertsResolver } from '../modules/alerts/node-alerts.resolver.js';
import { AdminResolver } from '../modules/admin/admin.resolver.js';
import { SystemEpochsResolver } from '../modules/admin/system-epochs.resolver.js';
import { DashboardEpochsResolver } from '../modules/dashboard/dashboard-epochs.resolver.js';
import { AttentionValueResolver, ClaimableValueResolver, DashboardClaimValuesResolver } from '../modules/dashboard/claim-values.resolver.js';
import { EpochRiskModelsResolver } from '../modules/epochs/epoch-risk-models.resolver.js';
import { EpochRiskResolver, NodeEpochsResolver } from '../modules/epochs/node-epochs.resolver.js';
import { ActivityEventResolver } from '../modules/dashboard/activity-event.resolver.js';
import { DashboardResolver } from '../modules/dashboard/dashboard.resolver.js';
import { NodeEarningsResolver } from '../modules/earnings/node-earnings.resolver.js';
import { NodeJobsResolver } from '../modules/nodes/node-jobs.resolver.js';
import { NodeOwnerResolver } from '../modules/nodes/node-owner.resolver.js';
import { NodeLiveResolver } from '../modules/nodes/node-live.resolver.js';
import { NodeStatusHistoryResolver } from '../modules/nodes/node-status-history.resolver.js';
import { NodeMetricsHistoryResolver } from '../modules/nodes/node-metrics-history.resolver.js';
import { NodesResolver } from '../modules/nodes/nodes.resolver.js';
import { SystemResolver } from '../modules/system/system.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { ApiTokensResolver } from '../modules/api-tokens/api-tokens.resolver.js';
import { SupportRequestsResolver } from '../modules/support/support-requests.resolver.js';
import { UsersResolver } from '../modules/users/users.resolver.js';
import { ChannelsResolver } from '../modules/notifications/channels.resolver.js';
import { DeliveriesResolver } from '../modules/notifications/delivery/deliveries.resolver.js';
import { DELIVERY_FIELD_RESOLVERS } from '../modules/notifications/delivery/delivery-fields.wiring.js';
import { DashboardProfitResolver, NodeProfitResolver, ProfitFieldsResolver } from '../modules/profit/profit.resolver.js';
import { RentsResolver } from '../modules/rents/rents.resolver.js';
import { StatementsResolver } from '../modules/statements/statements.resolver.js';
import { LiveResolver } from './live/live.resolver.js';
import { NodeStatusChangeResolver } from './live/node-status-change.resolver.js';
import { DashboardValueResolver } from '../modules/profit/dashboard-value.resolver.js';
import { EarningsPointValueResolver, EpochOutcomeValueResolver, NodeValuesResolver } from '../modules/prices/amount-values.resolver.js';
import { ExpectedEarningsValuesResolver, ExpectedVsRealisedValuesResolver } from '../modules/prices/expected-values.resolver.js';
import { PricesResolver } from '../modules/prices/prices.resolver.js';
import { CloudResolver } from '../modules/cloud/cloud.resolver.js';
import { ExpectedEarningsResolver } from '../modules/expected-earnings/expected-earnings.resolver.js';
import { NodeExpectationResolver } from '../modules/support/node-expectation.resolver.js';

/**
 * Every resolver class, for emitting schema.graphql without a database (cli/emit-schema.ts).
 * A test compares the running app's schema with the committed file, so a resolver missing here fails CI.
 */
export const SCHEMA_RESOLVERS: Type[] = [
  SystemResolver,
  NodesResolver,
  NodeLiveResolver,
  NodeJobsResolver,
  NodeOwnerResolver,
  NodeStatusHistoryResolver,
  NodeMetricsHistoryResolver,
  NodeEarningsResolver,
  NodeEpochsResolver,
  EpochRiskResolver,
  EpochRiskModelsResolver,
  DashboardResolver,
  DashboardEpochsResolver,
  ClaimableValueResolver,
  AttentionValueResolver,
  DashboardClaimValuesResolver,
  ActivityEventResolver,
  AdminResolver,
  SystemEpochsResolver,
  AuthResolver,
  ApiTokensResolver,
  UsersResolver,
  SupportRequestsResolver,
  AlertsResolver,
  AlertFieldsResolver,
  NodeAlertsResolver,
  ChannelsResolver,
  DeliveriesResolver,
  ...DELIVERY_FIELD_RESOLVERS,
  LiveResolver,
  NodeStatusChangeResolver,
  PricesResolver,
  DashboardValueResolver,
  NodeValuesResolver,
  EarningsPointValueResolver,
  EpochOutcomeValueResolver,
  ExpectedEarningsValuesResolver,
  ExpectedVsRealisedValuesResolver,
  CloudResolver,
  // #16 rent, profit and statements
  RentsResolver,
  NodeProfitResolver,
  DashboardProfitResolver,
  ProfitFieldsResolver,
  StatementsResolver,
  // #16 expected earnings on new-node requests
  ExpectedEarningsResolver,
  NodeExpectationResolver,
];
