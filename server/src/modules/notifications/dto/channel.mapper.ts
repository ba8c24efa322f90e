import type { ChannelView } from '../channels.service.js';
import { maskTarget } from '../channel-targets.js';
import type { NotificationChannelKind, NotificationChannelStatus } from './channel.enums.js';
import type { NotificationChannel } from './notification-channel.model.js';

/** The one stored channel → GraphQL mapping: never the secret, URLs masked. */
export function toNotificationChannel({ channel, telegramLinkUrl }: ChannelView): NotificationChannel {
  return {
    id: channel.id,
    userId: channel.userId,
    kind: channel.kind as NotificationChannelKind,
    label: channel.label,
    target: maskTarget(channel.kind, channel.target),
    status: channel.status as NotificationChannelStatus,
    minSeverity: channel.minSeverity,
    events: channel.events,
    telegramLinkUrl,
    createdAt: channel.createdAt,
  };
}
