/**
 * The delivery fields on other domains' types: `NotificationChannel.lastDelivery`,
 * `Alert.deliveries` and `NotificationDelivery.channel`. Those types (CHAN's channel, EVAL's alert)
 * are not on this branch, so each resolver is made for the type it extends. At merge, add to
 * DeliveryModule's providers:
 *   channelLastDeliveryResolver(NotificationChannel), alertDeliveriesResolver(Alert),
 *   deliveryChannelResolver(NotificationChannel, toNotificationChannel)
 */
import type { Type } from '@nestjs/common';
import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../../graphql/gql-context.js';
import type { ChannelRecord } from '../notification.types.js';
import { NotificationDelivery, toDelivery } from './dto/delivery.model.js';
import { ChannelsRepository } from '../channels.repository.js';

export function channelLastDeliveryResolver(channelType: Type<{ id: string }>): Type<unknown> {
  @Resolver(() => channelType)
  class ChannelLastDeliveryResolver {
    @ResolveField(() => NotificationDelivery, { nullable: true, description: 'The newest delivery to this channel (sent, pending or failed), or null.' })
    async lastDelivery(channel: { id: string }, _args: unknown, ctx: GqlContext): Promise<NotificationDelivery | null> {
      const d = await ctx.loaders.lastDeliveryByChannel.load(channel.id);
      return d && toDelivery(d);
    }
  }
  return ChannelLastDeliveryResolver;
}

export function alertDeliveriesResolver(alertType: Type<{ id: string }>): Type<unknown> {
  @Resolver(() => alertType)
  class AlertDeliveriesResolver {
    @ResolveField(() => [NotificationDelivery], { description: "This alert's deliveries to the recipient's channels, oldest first." })
    async deliveries(alert: { id: string }, _args: unknown, ctx: GqlContext): Promise<NotificationDelivery[]> {
      return (await ctx.loaders.deliveriesByAlert.load(alert.id)).map(toDelivery);
    }
  }
  return AlertDeliveriesResolver;
}

/** `toModel`: CHAN's record → GraphQL mapper (masks targets, hides secrets). Reads through CHAN's repository, one row per delivery. */
export function deliveryChannelResolver<C>(channelType: Type<C>, toModel: (c: ChannelRecord) => C): Type<unknown> {
  @Resolver(() => NotificationDelivery)
  class DeliveryChannelResolver {
    constructor(readonly channels: ChannelsRepository) {}

    @ResolveField(() => channelType, { nullable: true, description: 'Where it went; null if the channel is gone.' })
    async channel(delivery: NotificationDelivery): Promise<C | null> {
      const c = await this.channels.findById(delivery.channelId);
      return c && toModel(c);
    }
  }
  return DeliveryChannelResolver;
}
