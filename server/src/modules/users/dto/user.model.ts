import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../../graphql/connection.js';
import { NotificationPreferences } from './notification-preferences.model.js';
import { Currency, UserRole } from './user.enums.js';

@ObjectType({ description: 'A portal account.' })
export class User {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => UserRole)
  role: UserRole;

  @Field(() => String, { nullable: true, description: 'Telegram handle for notifications.' })
  telegram: string | null;

  @Field(() => String, { nullable: true, description: 'Discord handle for notifications.' })
  discord: string | null;

  @Field(() => Currency)
  currencyPreference: Currency;

  @Field(() => NotificationPreferences)
  notificationPreferences: NotificationPreferences;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class UserConnection extends Connection(User) {}
