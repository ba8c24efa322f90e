import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ApiTokenRecord } from '../api-token.types.js';
import { ApiTokenScope } from './api-token-scope.enum.js';

@ObjectType({ description: 'A personal API token. The secret itself is shown only once, by createApiToken.' })
export class ApiToken {
  @Field(() => ID, { description: 'Pass to revokeApiToken.' })
  id: string;

  @Field({ description: 'The name its owner gave it.' })
  name: string;

  @Field(() => ApiTokenScope, { description: 'What the token may do: READ (no mutations) or FULL.' })
  scope: ApiTokenScope;

  @Field({ description: 'The first characters of the token (e.g. "mgk_Ab12cd"), to tell tokens apart.' })
  prefix: string;

  @Field({ description: 'When it was created.' })
  createdAt: Date;

  @Field({ description: 'After this the token is refused (UNAUTHENTICATED).' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true, description: 'Last request made with it (to the minute); null if never used.' })
  lastUsedAt: Date | null;
}

@ObjectType({ description: 'A new token: `token` is the secret, returned this once and never again.' })
export class CreatedApiToken {
  @Field({ description: 'Send as `Authorization: Bearer <token>`. Store it now: it cannot be shown again.' })
  token: string;

  @Field(() => ApiToken, { description: 'The token as apiTokens lists it (without the secret).' })
  apiToken: ApiToken;
}

export function toApiToken(r: ApiTokenRecord): ApiToken {
  return {
    id: r.id,
    name: r.name,
    scope: r.scope as ApiTokenScope,
    prefix: r.tokenPrefix,
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
    lastUsedAt: r.lastUsedAt,
  };
}
