import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseIdPipe } from '../../../common/parse-id.pipe.js';
import { ConnectionArgs } from '../../../graphql/connection.js';
import type { AuthUser } from '../../auth/auth-user.js';
import { CurrentUser } from '../../auth/decorators/current-user.decorator.js';
import { Roles } from '../../auth/decorators/roles.decorator.js';
import { GqlAuthGuard } from '../../auth/guards/gql-auth.guard.js';
import { RolesGuard } from '../../auth/guards/roles.guard.js';
import { DeliveriesService } from './deliveries.service.js';
import { NotificationDelivery, NotificationDeliveryConnection } from './dto/delivery.model.js';

@Resolver(() => NotificationDelivery)
@UseGuards(GqlAuthGuard, RolesGuard)
export class DeliveriesResolver {
  constructor(private readonly deliveries: DeliveriesService) {}

  @Mutation(() => NotificationDelivery, {
    description: 'Sends a test message to one of your channels, through the same queue as alerts; returns the delivery (PENDING), to watch it.',
  })
  sendTestNotification(@CurrentUser() caller: AuthUser, @Args('channelId', { type: () => ID }, ParseIdPipe) channelId: string): Promise<NotificationDelivery> {
    return this.deliveries.sendTest(caller, channelId);
  }

  @Roles('admin')
  @Query(() => NotificationDeliveryConnection, { description: 'Deliveries that gave up, newest first, with the reason. Admins only.' })
  failedDeliveries(@Args() args: ConnectionArgs): Promise<NotificationDeliveryConnection> {
    return this.deliveries.failed(args) as Promise<NotificationDeliveryConnection>;
  }
}
