import { registerEnumType } from '@nestjs/graphql';

/** Values are what the database stores. */
export enum ApiTokenScope {
  READ = 'READ',
  FULL = 'FULL',
}

registerEnumType(ApiTokenScope, {
  name: 'ApiTokenScope',
  description: 'READ: queries and subscriptions only (every mutation is FORBIDDEN). FULL: everything the owner may do.',
});
