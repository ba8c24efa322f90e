import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Forbidden, Unauthenticated } from '../../../common/domain-error.js';
import type { GqlContext } from '../../../graphql/gql-context.js';
import type { AuthUser } from '../auth-user.js';
import { ROLES_KEY } from '../decorators/roles.decorator.js';

/** Enforces @Roles(...): FORBIDDEN for a signed-in caller without the role. Runs after GqlAuthGuard. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Array<AuthUser['role']> | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    if (!roles?.length) return true;
    const user = GqlExecutionContext.create(context).getContext<GqlContext>().user;
    if (!user) throw new Unauthenticated();
    if (!roles.includes(user.role)) throw new Forbidden();
    return true;
  }
}
