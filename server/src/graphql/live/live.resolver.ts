import { UseGuards } from '@nestjs/common';
import { Resolver, Subscription } from '@nestjs/graphql';
import { NodeStatusChange } from '../../modules/earnings/dto/earnings.model.js';
import { toStatusDetails } from '../../modules/nodes/dto/node-status-details.model.js';
import { CurrentUser, GqlAuthGuard, type AuthUser } from '../../modules/auth/index.js';
import type { GqlContext } from '../gql-context.js';
import {
  allDashboardsTopic,
  allNodeStatusTopic,
  type DashboardEvent,
  dashboardTopic,
  refreshedTopic,
  LiveEvents,
  type NodeStatusEvent,
  nodeStatusTopic,
} from './live-events.js';
import { DashboardSignal, type NodeStatusChangeSource } from './live.models.js';
import { renewLoaders } from './live-context.js';

/**
 * The node and dashboard subscriptions. The filter is the topic: a customer listens to their own
 * user's topic only; admins, who can open any node, to the all-nodes topic. Each event gets fresh
 * per-request loaders (renewLoaders): a subscription lives for hours, its loaders' memo must not.
 */
@Resolver()
@UseGuards(GqlAuthGuard)
export class LiveResolver {
  constructor(private readonly events: LiveEvents) {}

  @Subscription(() => NodeStatusChange, {
    description: "A status change of one of the caller's nodes (admins: of any tracked node), after each refresh.",
    resolve: (event: NodeStatusEvent, _args: unknown, ctx: GqlContext): NodeStatusChangeSource => {
      renewLoaders(ctx);
      const details = event.details ? toStatusDetails(event.details) : null;
      return {
        nodeId: event.nodeId,
        newStatus: event.status,
        oldStatus: event.previousStatus,
        reason: event.reason,
        rule: event.rule ?? null,
        details,
        at: new Date(event.at),
      };
    },
  })
  nodeStatusChanged(@CurrentUser() user: AuthUser) {
    return this.events.asyncIterator<NodeStatusEvent>(user.role === 'admin' ? allNodeStatusTopic : nodeStatusTopic(user.id));
  }

  @Subscription(() => DashboardSignal, {
    description: "A signal that the caller's dashboard data changed (a refresh stored new data, a node was assigned or removed): refetch.",
    resolve: (event: DashboardEvent, _args: unknown, ctx: GqlContext): DashboardSignal => {
      renewLoaders(ctx);
      return { reason: event.reason, at: new Date(event.at) };
    },
  })
  dashboardChanged(@CurrentUser() user: AuthUser) {
    return this.events.asyncIterator<DashboardEvent>(user.role === 'admin' ? allDashboardsTopic : [dashboardTopic(user.id), refreshedTopic]);
  }
}
