import { registerEnumType } from '@nestjs/graphql';

/** Values are what notification_channels stores. */
export enum NotificationChannelKind {
  EMAIL = 'EMAIL',
  TELEGRAM = 'TELEGRAM',
  DISCORD = 'DISCORD',
  WEBHOOK = 'WEBHOOK',
}

export enum NotificationChannelStatus {
  ACTIVE = 'ACTIVE',
  PENDING_LINK = 'PENDING_LINK',
}

registerEnumType(NotificationChannelKind, {
  name: 'NotificationChannelKind',
  description: 'How alerts reach the user: email, Telegram chat, Discord webhook or a signed webhook.',
});
registerEnumType(NotificationChannelStatus, {
  name: 'NotificationChannelStatus',
  description: 'ACTIVE receives alerts; PENDING_LINK is a Telegram channel waiting for its chat (open telegramLinkUrl).',
});
