import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';

/** Every preference defaults to on until the user turns it off. */
export const DEFAULT_NOTIFICATION_PREFERENCES = {
  nodeDown: true,
  earningsDrop: true,
  requestUpdates: true,
  epochGuard: true,
  assignments: true,
  system: true,
} as const;

export type NotificationPreferenceKey = keyof typeof DEFAULT_NOTIFICATION_PREFERENCES;

@ObjectType({ description: 'Which events the user wants to be notified about.' })
export class NotificationPreferences {
  @Field({ description: 'A node became unhealthy, jailed or offline.' })
  nodeDown: boolean;

  @Field({ description: 'Income dropped sharply.' })
  earningsDrop: boolean;

  @Field({ description: 'A support request changed status or got a note (admins: a new request).' })
  requestUpdates: boolean;

  @Field({ description: 'Epoch guard: an epoch at risk, a claim window closing, a reward expired.' })
  epochGuard: boolean;

  @Field({ description: 'A node was assigned to or removed from the account.' })
  assignments: boolean;

  @Field({ description: 'Admins: an upstream source down, the refresher or deliveries failing.' })
  system: boolean;
}

@InputType({ description: 'Preferences to change; omitted ones keep their value.' })
export class NotificationPreferencesInput {
  @Field({ nullable: true, description: 'Notify when a node goes unhealthy, offline or jailed.' })
  @IsOptional()
  @IsBoolean()
  nodeDown?: boolean;

  @Field({ nullable: true, description: 'Notify when income drops sharply.' })
  @IsOptional()
  @IsBoolean()
  earningsDrop?: boolean;

  @Field({ nullable: true, description: 'Notify when a support request changes.' })
  @IsOptional()
  @IsBoolean()
  requestUpdates?: boolean;

  @Field({ nullable: true, description: 'Notify when an epoch is at risk, a claim window closes soon or a reward expired.' })
  @IsOptional()
  @IsBoolean()
  epochGuard?: boolean;

  @Field({ nullable: true, description: 'Notify when a node is assigned to or removed from the account.' })
  @IsOptional()
  @IsBoolean()
  assignments?: boolean;

  @Field({ nullable: true, description: 'Admins: notify about upstream, refresher and delivery failures.' })
  @IsOptional()
  @IsBoolean()
  system?: boolean;
}
