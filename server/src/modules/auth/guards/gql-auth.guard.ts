import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Unauthenticated } from '../../../common/domain-error.js';
import type { GqlContext } from '../../../graphql/gql-context.js';
import { AccessTokenRejected, ApiTokenRejected } from '../auth.errors.js';
import { IS_PUBLIC_KEY } from '../decorators/public.decorator.js';

/**
 * Requires a valid access token or API token (verified once per request in the GraphQL context) unless the
 * operation or its class is @Public(). Use on resolver classes: `@UseGuards(GqlAuthGuard, RolesGuard)`.
 */
@Injectable()
export class GqlAuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const ctx = GqlExecutionContext.create(context).getContext<GqlContext>();
    if (ctx.user) return true;
    if (!ctx.authError) throw new Unauthenticated();
    throw ctx.authCredential === 'api-token' ? new ApiTokenRejected(ctx.authError) : new AccessTokenRejected(ctx.authError);
  }
}
