import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../../graphql/connection.js';
import { AlertRules } from './alert-rules.model.js';
import { NotificationPreferences } from './notification-preferences.model.js';
import { Currency, Language, UserRole } from './user.enums.js';

@ObjectType({ description: 'A portal account.' })
export class User {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field({ description: 'Email address (stored lower-cased).' })
  email: string;

  @Field(() => UserRole, { description: 'USER (customer) or ADMIN.' })
  role: UserRole;

  @Field(() => String, { nullable: true, description: 'Public name: all a customer sees of the admin handling their request.' })
  displayName: string | null;

  @Field(() => String, { nullable: true, description: 'Telegram handle for notifications.' })
  telegram: string | null;

  @Field(() => String, { nullable: true, description: 'Discord handle for notifications.' })
  discord: string | null;

  @Field(() => Currency, { description: 'Currency to show fiat values in, where a price is known.' })
  currencyPreference: Currency;

  @Field(() => NotificationPreferences, { description: 'Which notifications to send.' })
  notificationPreferences: NotificationPreferences;

  @Field(() => Language, { description: 'Language of alerts sent outside the browser.' })
  language: Language;

  @Field(() => AlertRules, { description: 'When and how alerts open (flap suppression, claim window, earnings drop, reminders).' })
  alertRules: AlertRules;

  @Field({ description: 'When it was created.' })
  createdAt: Date;
}

@ObjectType({ description: 'A page of users.' })
export class UserConnection extends Connection(User) {}
