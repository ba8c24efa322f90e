import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GqlContext } from '../../../graphql/gql-context.js';
import type { AuthUser } from '../auth-user.js';

/** The signed-in caller (`AuthUser`); undefined only on @Public operations called anonymously. */
export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthUser | undefined => {
  return GqlExecutionContext.create(ctx).getContext<GqlContext>().user;
});
