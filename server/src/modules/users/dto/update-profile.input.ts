import { Field, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { NoNulCharacter } from '../../../common/validators/storable-text.js';
import { DISCORD_MAX_LENGTH, DISPLAY_NAME_MAX_LENGTH, TELEGRAM_MAX_LENGTH } from '../users.constants.js';
import { AlertRulesInput } from './alert-rules.model.js';
import { NotificationPreferencesInput } from './notification-preferences.model.js';
import { Currency, Language } from './user.enums.js';

/** Blank handles mean "remove it". */
const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

@InputType({ description: 'Profile fields to change; omitted fields keep their value, null clears a handle.' })
export class UpdateProfileInput {
  @Field(() => String, {
    nullable: true,
    description: `Public name shown to customers whose requests you handle (at most ${DISPLAY_NAME_MAX_LENGTH} characters).`,
  })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(DISPLAY_NAME_MAX_LENGTH)
  @NoNulCharacter()
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'Telegram handle for notifications (at most 64 characters).' })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(TELEGRAM_MAX_LENGTH)
  @NoNulCharacter()
  telegram?: string | null;

  @Field(() => String, { nullable: true, description: 'Discord handle for notifications (at most 64 characters).' })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(DISCORD_MAX_LENGTH)
  @NoNulCharacter()
  discord?: string | null;

  @Field(() => Currency, { nullable: true, description: 'Currency to show fiat values in, where a price is known.' })
  @IsOptional()
  @IsEnum(Currency)
  currencyPreference?: Currency;

  @Field(() => NotificationPreferencesInput, { nullable: true, description: 'Which notifications to send.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NotificationPreferencesInput)
  notificationPreferences?: NotificationPreferencesInput;

  @Field(() => Language, { nullable: true, description: 'Language of alerts sent by email, Telegram, Discord and webhook (the client sends its own choice).' })
  @IsOptional()
  @IsEnum(Language)
  language?: Language;

  @Field(() => AlertRulesInput, { nullable: true, description: 'Alert rules to change.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AlertRulesInput)
  alertRules?: AlertRulesInput;
}
