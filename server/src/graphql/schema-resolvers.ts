import type { Type } from '@nestjs/common';
import { AlertFieldsResolver } from '../modules/alerts/alert-fields.resolver.js';
import { AlertsResolver } from '../modules/alerts/alerts.resolver.js';
import { NodeAlertsResolver } from '../modules/alerts/node-alerts.resolver.js';
import { AdminResolver } from '../modules/admin/admin.resolver.js';
import { SystemEpochsResolver } from '../modules/admin/system-epochs.resolver.js';
import { DashboardEpochsResolver } from '../modules/dashboard/dashboard-epochs.resolver.js';
import { EpochRiskModelsResolver } from '../modules/epochs/epoch-risk-models.resolver.js';
import { EpochRiskResolver, NodeEpochsResolver } from '../modules/epochs/node-epochs.resolver.js';
import { ActivityEventResolver } from '../modules/dashboard/activity-event.resolver.js';
import { DashboardResolver } from '../modules/dashboard/dashboard.resolver.js';
import { NodeEarningsResolver } from '../modules/earnings/node-earnings.resolver.js';
import { NodeJobsResolver } from '../modules/nodes/node-jobs.resolver.js';
import { NodeOwnerResolver } from '../modules/nodes/node-owner.resolver.js';
import { NodeLiveResolver } from '../modules/nodes/node-live.resolver.js';
import { NodeStatusHistoryResolver } from '../modules/nodes/node-status-history.resolver.js';
import { NodesResolver } from '../modules/nodes/nodes.resolver.js';
import { SystemResolver } from '../modules/system/system.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { SupportRequestsResolver } from '../modules/support/support-requests.resolver.js';
import { UsersResolver } from '../modules/users/users.resolver.js';
import { ChannelsResolver } from '../modules/notifications/channels.resolver.js';
import { DeliveriesResolver } from '../modules/notifications/delivery/deliveries.resolver.js';
import { DELIVERY_FIELD_RESOLVERS } from '../modules/notifications/delivery/delivery-fields.wiring.js';
import { LiveResolver } from './live/live.resolver.js';
import { NodeStatusChangeResolver } from './live/node-status-change.resolver.js';

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
  NodeEarningsResolver,
  NodeEpochsResolver,
  EpochRiskResolver,
  EpochRiskModelsResolver,
  DashboardResolver,
  DashboardEpochsResolver,
  ActivityEventResolver,
  AdminResolver,
  SystemEpochsResolver,
  AuthResolver,
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
];
