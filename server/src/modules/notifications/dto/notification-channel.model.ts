import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { AlertKind, AlertSeverity } from '../../alerts/alert.types.js';
import { AlertKindEnum, AlertSeverityEnum } from './alert-enums.js';
import { NotificationChannelKind, NotificationChannelStatus } from './channel.enums.js';

@ObjectType({ description: 'Where a user gets alerts.' })
export class NotificationChannel {
  @Field(() => ID)
  id: string;

  /** Not in the schema: the owner (for field resolvers such as lastDelivery). */
  userId: string;

  @Field(() => NotificationChannelKind)
  kind: NotificationChannelKind;

  @Field({ description: 'The name the user gave it.' })
  label: string;

  @Field({ description: 'Email address or Telegram chat id; for WEBHOOK and DISCORD only scheme and host (the URL may hold a token).' })
  target: string;

  @Field(() => NotificationChannelStatus)
  status: NotificationChannelStatus;

  @Field(() => AlertSeverityEnum, { description: 'Alerts below this severity are not sent here.' })
  minSeverity: AlertSeverity;

  @Field(() => [AlertKindEnum], { nullable: true, description: 'Kinds sent here; null = all.' })
  events: AlertKind[] | null;

  @Field(() => String, { nullable: true, description: 'PENDING_LINK Telegram only: open it and press Start to link the chat (valid 1 hour).' })
  telegramLinkUrl: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'A new channel; `secret` (WEBHOOK only) is shown this once.' })
export class CreatedNotificationChannel {
  @Field(() => NotificationChannel)
  channel: NotificationChannel;

  @Field(() => String, { nullable: true, description: 'WEBHOOK: the HMAC-SHA256 key of X-MineGNK-Signature. Store it now: it is never shown again.' })
  secret: string | null;
}

@ObjectType({ description: 'A mail the built-in SMTP sink received (demo mode and tests, when SMTP_URL is unset).' })
export class SinkMail {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Recipients, comma-separated.' })
  to: string;

  @Field()
  subject: string;

  @Field()
  text: string;

  @Field()
  receivedAt: Date;
}
