/**
 * The delivery fields made for the real types (merge of s-eval, s-chan and s-deliv, as
 * delivery-fields.resolver.ts asks): NotificationChannel.lastDelivery, Alert.deliveries, NotificationDelivery.channel.
 */
import { Alert } from '../../alerts/dto/alert.model.js';
import type { StoredChannel } from '../channels.repository.js';
import type { ChannelRecord } from '../notification.types.js';
import { toNotificationChannel } from '../dto/channel.mapper.js';
import { NotificationChannel } from '../dto/notification-channel.model.js';
import { alertDeliveriesResolver, channelLastDeliveryResolver, deliveryChannelResolver } from './delivery-fields.resolver.js';

export const ChannelLastDeliveryResolver = channelLastDeliveryResolver(NotificationChannel);
export const AlertDeliveriesResolver = alertDeliveriesResolver(Alert);
// A delivery's channel carries no deep link (shown only where channels are listed). The repository
// returns StoredChannel (ChannelRecord + link code); the mapper reads only the record's fields.
const toDeliveryChannel = (channel: ChannelRecord) => toNotificationChannel({ channel: channel as StoredChannel, telegramLinkUrl: null });
export const DeliveryChannelResolver = deliveryChannelResolver(NotificationChannel, toDeliveryChannel);
export const DELIVERY_FIELD_RESOLVERS = [ChannelLastDeliveryResolver, AlertDeliveriesResolver, DeliveryChannelResolver];
