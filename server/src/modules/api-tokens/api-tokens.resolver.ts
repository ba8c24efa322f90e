import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseIdPipe } from '../../common/parse-id.pipe.js';
import type { GqlContext } from '../../graphql/gql-context.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/decorators/current-user.decorator.js';
import { GqlAuthGuard } from '../auth/guards/gql-auth.guard.js';
import { RolesGuard } from '../auth/guards/roles.guard.js';
import { EXPIRES_IN_DAYS_MAX } from './api-tokens.constants.js';
import { ApiTokensService } from './api-tokens.service.js';
import { ApiToken, CreatedApiToken } from './dto/api-token.model.js';
import { CreateApiTokenInput } from './dto/create-api-token.input.js';

const caller = (user: AuthUser, ctx: GqlContext) => ({ user, viaApiToken: ctx.apiTokenId !== undefined });

@Resolver(() => ApiToken)
@UseGuards(GqlAuthGuard, RolesGuard)
export class ApiTokensResolver {
  constructor(private readonly tokens: ApiTokensService) {}

  @Query(() => [ApiToken], { description: "The caller's API tokens that are not revoked (expired ones included), newest first." })
  apiTokens(@CurrentUser() user: AuthUser): Promise<ApiToken[]> {
    return this.tokens.listMine(user);
  }

  @Mutation(() => CreatedApiToken, {
    description: `Creates a personal API token (expires within ${EXPIRES_IN_DAYS_MAX} days); the secret is in the answer only. Needs a signed-in session, not an API token.`,
  })
  createApiToken(@CurrentUser() user: AuthUser, @Context() ctx: GqlContext, @Args('input') input: CreateApiTokenInput): Promise<CreatedApiToken> {
    return this.tokens.create(caller(user, ctx), input);
  }

  @Mutation(() => Boolean, { description: "Revokes one of the caller's API tokens: it is refused from the next request on. NOT_FOUND for anyone else's." })
  revokeApiToken(@CurrentUser() user: AuthUser, @Context() ctx: GqlContext, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<boolean> {
    return this.tokens.revoke(caller(user, ctx), id);
  }
}
