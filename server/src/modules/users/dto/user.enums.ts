import { registerEnumType } from '@nestjs/graphql';

/** GraphQL names are UPPER_CASE; the values are what the database stores. */
export enum UserRole {
  USER = 'user',
  ADMIN = 'admin',
}

export enum Currency {
  USD = 'USD',
  EUR = 'EUR',
  GNK = 'GNK',
}

registerEnumType(UserRole, { name: 'UserRole', description: 'USER sees own nodes and requests; ADMIN sees and manages everything.' });
registerEnumType(Currency, { name: 'Currency', description: 'Currency the portal shows amounts in.' });

/** Language of messages sent outside the browser (email, Telegram, Discord, webhooks). */
export enum Language {
  EN = 'EN',
  RU = 'RU',
}

registerEnumType(Language, { name: 'Language', description: 'EN or RU: the language alerts are worded in outside the browser.' });
