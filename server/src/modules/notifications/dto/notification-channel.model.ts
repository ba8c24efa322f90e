import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { AlertKind, AlertSeverity } from '../../alerts/alert.types.js';
import { AlertKindEnum, AlertSeverityEnum } from './alert-enums.js';
import { NotificationChannelKind, NotificationChannelStatus } from './channel.enums.js';

@ObjectType({ description: 'Where a user gets alerts.' })
export class NotificationChannel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  /** Not in the schema: the owner (for field resolvers such as lastDelivery). */
  userId: string;

  @Field(() => NotificationChannelKind, { description: 'EMAIL, TELEGRAM, DISCORD or WEBHOOK.' })
  kind: NotificationChannelKind;

  @Field({ description: 'The name the user gave it.' })
  label: string;

  @Field({ description: 'Email address or Telegram chat id; for WEBHOOK and DISCORD only scheme and host (the URL may hold a token).' })
  target: string;

  @Field(() => NotificationChannelStatus, { description: 'ACTIVE, or PENDING_LINK until the Telegram chat is linked.' })
  status: NotificationChannelStatus;

  @Field(() => AlertSeverityEnum, { description: 'Alerts below this severity are not sent here.' })
  minSeverity: AlertSeverity;

  @Field(() => [AlertKindEnum], { nullable: true, description: 'Kinds sent here; null = all.' })
  events: AlertKind[] | null;

  @Field(() => String, { nullable: true, description: 'PENDING_LINK Telegram only: open it and press Start to link the chat (valid 1 hour).' })
  telegramLinkUrl: string | null;

  @Field({ description: 'When it was added.' })
  createdAt: Date;
}

@ObjectType({ description: 'A new channel; `secret` (WEBHOOK only) is shown this once.' })
export class CreatedNotificationChannel {
  @Field(() => NotificationChannel, { description: 'The channel as stored.' })
  channel: NotificationChannel;

  @Field(() => String, { nullable: true, description: 'WEBHOOK: the HMAC-SHA256 key of X-MineGNK-Signature. Store it now: it is never shown again.' })
  secret: string | null;
}

@ObjectType({ description: 'A mail the built-in SMTP sink received (demo mode and tests, when SMTP_URL is unset).' })
export class SinkMail {
  @Field(() => ID, { description: 'Id of the received mail (in memory only).' })
  id: string;

  @Field({ description: 'Recipients, comma-separated.' })
  to: string;

  @Field({ description: 'Subject, decoded.' })
  subject: string;

  @Field({ description: 'The text/plain body.' })
  text: string;

  @Field({ description: 'When the sink received it.' })
  receivedAt: Date;
}
