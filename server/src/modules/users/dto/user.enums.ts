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
