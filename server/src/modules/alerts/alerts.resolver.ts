import { UseGuards } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import type { ConnectionResult } from '../../graphql/connection.js';
import { alertTopic, LiveEvents } from '../../graphql/live/live-events.js';
import { CurrentUser, GqlAuthGuard, type AuthUser } from '../auth/index.js';
import { Node } from '../nodes/dto/node.model.js';
import { type AlertRecord, reviveAlertRecord } from './alert.types.js';
import { AlertsService } from './alerts.service.js';
import { Alert, AlertConnection, AlertsArgs } from './dto/alert.model.js';

/** The signed-in user's alerts: list, unread count, acknowledge, node mutes, and the live feed. */
@Resolver(() => Alert)
@UseGuards(GqlAuthGuard)
export class AlertsResolver {
  constructor(
    private readonly service: AlertsService,
    private readonly live: LiveEvents,
  ) {}

  @Query(() => AlertConnection, { description: "The signed-in user's alerts, newest first; filter by state or node." })
  alerts(@CurrentUser() user: AuthUser, @Args() args: AlertsArgs): Promise<ConnectionResult<AlertRecord>> {
    return this.service.list(user, { state: args.state, nodeId: args.nodeId }, args.first, args.after);
  }

  @Query(() => Int, { description: 'How many of the signed-in user’s alerts are not acknowledged yet (the bell).' })
  unreadAlertCount(@CurrentUser() user: AuthUser): Promise<number> {
    return this.service.unreadCount(user);
  }

  @Mutation(() => Alert, { description: 'Marks one alert read; a notice (one-shot kind) is then resolved too. NOT_FOUND for others’ alerts.' })
  acknowledgeAlert(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<AlertRecord> {
    return this.service.acknowledge(user, id);
  }

  @Mutation(() => Int, { description: 'Marks every alert of the signed-in user read; returns how many.' })
  acknowledgeAllAlerts(@CurrentUser() user: AuthUser): Promise<number> {
    return this.service.acknowledgeAll(user);
  }

  @Mutation(() => Node, {
    description: 'No deliveries about this node until `until` (alerts are still recorded, marked muted). NOT_FOUND unless the node is visible to you.',
  })
  muteNode(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string, @Args('until', { type: () => Date }) until: Date): Promise<Node> {
    return this.service.mute(user, id, until);
  }

  @Mutation(() => Node, { description: 'Ends a mute of this node.' })
  unmuteNode(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<Node> {
    return this.service.unmute(user, id);
  }

  @Subscription(() => Alert, {
    description: "Each of the signed-in user's alerts as it opens, resolves or is acknowledged.",
    resolve: (payload: AlertRecord) => reviveAlertRecord(payload),
  })
  alertChanged(@CurrentUser() user: AuthUser): AsyncIterableIterator<AlertRecord> {
    return this.live.asyncIterator<AlertRecord>(alertTopic(user.id));
  }
}
