import { Field, HideField, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../../../graphql/connection.js';
import type { DeliveryRecord } from '../delivery.types.js';

export enum DeliveryStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

export enum DeliveryEvent {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
  REMINDER = 'REMINDER',
  TEST = 'TEST',
}

registerEnumType(DeliveryStatus, { name: 'DeliveryStatus', description: 'PENDING (queued or retrying), SENT, or FAILED (gave up; see `error`).' });
registerEnumType(DeliveryEvent, { name: 'DeliveryEvent', description: 'Why it was sent: the alert OPENed or RESOLVED, a REMINDER, or a channel TEST.' });

@ObjectType({ description: 'One message owed to one channel for one alert event (or a channel test), and how sending it went.' })
export class NotificationDelivery {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => DeliveryEvent, { description: 'What it announces.' })
  event: DeliveryEvent;

  @Field(() => DeliveryStatus, { description: 'Where it stands.' })
  status: DeliveryStatus;

  @Field(() => Int, { description: 'Send attempts so far.' })
  attempts: number;

  @Field(() => String, { nullable: true, description: "The last attempt's failure reason, e.g. `HTTP 503`; null when none failed." })
  error: string | null;

  @Field({ description: 'When it was queued.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the channel accepted it.' })
  sentAt: Date | null;

  /** For `channel` (resolved through the per-request loader) and `Alert.deliveries`. */
  @HideField()
  channelId: string;

  @HideField()
  alertId: string | null;
}

@ObjectType({ description: 'A page of deliveries.' })
export class NotificationDeliveryConnection extends Connection(NotificationDelivery) {}

export function toDelivery(r: DeliveryRecord): NotificationDelivery {
  return {
    id: r.id,
    event: r.event as DeliveryEvent,
    status: r.status as DeliveryStatus,
    attempts: r.attempts,
    error: r.lastError,
    createdAt: r.createdAt,
    sentAt: r.sentAt,
    channelId: r.channelId,
    alertId: r.alertId,
  };
}
