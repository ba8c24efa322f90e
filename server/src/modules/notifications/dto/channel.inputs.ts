import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { ALERT_KINDS, ALERT_SEVERITIES, type AlertKind, type AlertSeverity } from '../../alerts/alert.types.js';
import { NoNulCharacter } from '../../../common/validators/storable-text.js';
import { AlertKindEnum, AlertSeverityEnum } from '../../alerts/dto/alert-enums.js';
import { NotificationChannelKind } from './channel.enums.js';

export const CHANNEL_LABEL_MAX = 64;
export const CHANNEL_TARGET_MAX = 2048;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** Repeated kinds mean nothing more; keep each once. */
const unique = ({ value }: { value: unknown }) => (Array.isArray(value) ? [...new Set(value)] : value);

@InputType({ description: 'A new notification channel.' })
export class CreateNotificationChannelInput {
  @Field(() => NotificationChannelKind, { description: 'EMAIL, TELEGRAM, DISCORD or WEBHOOK.' })
  @IsEnum(NotificationChannelKind)
  kind: NotificationChannelKind;

  @Field({ description: 'EMAIL: address; DISCORD: webhook URL; WEBHOOK: http(s) URL; TELEGRAM: "" (the chat is linked by the deep link).' })
  @Transform(trim)
  @IsString()
  @MaxLength(CHANNEL_TARGET_MAX)
  @NoNulCharacter()
  target: string;

  @Field({ description: `1-${CHANNEL_LABEL_MAX} characters.` })
  @Transform(trim)
  @IsString()
  @Length(1, CHANNEL_LABEL_MAX)
  @NoNulCharacter()
  label: string;

  @Field(() => AlertSeverityEnum, { nullable: true, description: 'Default WARNING.' })
  @IsOptional()
  @IsIn(ALERT_SEVERITIES)
  minSeverity?: AlertSeverity;

  @Field(() => [AlertKindEnum], { nullable: true, description: 'Kinds to send; omitted or null = all.' })
  @IsOptional()
  @Transform(unique)
  @ArrayMinSize(1, { message: 'events must list at least 1 kind (null = all)' })
  @ArrayMaxSize(ALERT_KINDS.length)
  @IsIn(ALERT_KINDS, { each: true })
  events?: AlertKind[] | null;
}

@InputType({ description: "Changes to one of the caller's channels; omitted fields keep their value." })
export class UpdateNotificationChannelInput {
  @Field(() => ID, { description: 'The channel.' })
  @IsUUID('all', { message: 'id must be a valid id' })
  id: string;

  @Field(() => String, { nullable: true, description: `New label, 1-${CHANNEL_LABEL_MAX} characters.` })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, CHANNEL_LABEL_MAX)
  @NoNulCharacter()
  label?: string;

  @Field(() => AlertSeverityEnum, { nullable: true, description: 'New minimum severity.' })
  @IsOptional()
  @IsIn(ALERT_SEVERITIES)
  minSeverity?: AlertSeverity;

  /** Omitted: unchanged; null: all kinds. */
  @Field(() => [AlertKindEnum], { nullable: true, description: 'Kinds to send; null = all, omitted = unchanged.' })
  @IsOptional()
  @Transform(unique)
  @ArrayMinSize(1, { message: 'events must list at least 1 kind (null = all)' })
  @ArrayMaxSize(ALERT_KINDS.length)
  @IsIn(ALERT_KINDS, { each: true })
  events?: AlertKind[] | null;
}

@ArgsType()
export class SinkMailArgs {
  @Field(() => Int, { nullable: true, description: 'Newest first; default 50, at most 200.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(200)
  first?: number;
}
