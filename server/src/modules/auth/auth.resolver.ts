import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../graphql/gql-context.js';
import type { AuthUser } from './auth-user.js';
import { AuthService } from './auth.service.js';
import { CurrentUser } from './decorators/current-user.decorator.js';
import { Public } from './decorators/public.decorator.js';
import { AuthPayload } from './dto/auth-payload.model.js';
import { ChangePasswordInput } from './dto/change-password.input.js';
import { LoginInput } from './dto/login.input.js';
import { RegisterInput } from './dto/register.input.js';
import { GqlAuthGuard } from './guards/gql-auth.guard.js';
import { RolesGuard } from './guards/roles.guard.js';

/** Client address for sign-in and registration throttling (the socket peer unless Express is told to trust a proxy). */
const clientIp = (ctx: GqlContext) => ctx.req.ip ?? ctx.req.socket.remoteAddress ?? 'unknown';

@Resolver()
@UseGuards(GqlAuthGuard, RolesGuard)
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Creates a customer account and signs it in. Too many from one address are RATE_LIMITED (extensions.retryAfterSeconds).',
  })
  register(@Args('input') input: RegisterInput, @Context() ctx: GqlContext): Promise<AuthPayload> {
    return this.auth.register(input, clientIp(ctx));
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Signs in. Repeated failures are RATE_LIMITED (extensions.retryAfterSeconds).' })
  login(@Args('input') input: LoginInput, @Context() ctx: GqlContext): Promise<AuthPayload> {
    return this.auth.login(input, clientIp(ctx));
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Exchanges a refresh token for new tokens; each refresh token works once.' })
  refreshToken(@Args('refreshToken') refreshToken: string): Promise<AuthPayload> {
    return this.auth.refresh(refreshToken);
  }

  @Public()
  @Mutation(() => Boolean, { description: "Ends the refresh token's session (or, without one, the caller's current session)." })
  logout(@Args('refreshToken', { type: () => String, nullable: true }) refreshToken: string | undefined, @Context() ctx: GqlContext): Promise<boolean> {
    return this.auth.logout(refreshToken ?? undefined, ctx.sessionId);
  }

  @Mutation(() => Boolean, { description: 'Changes the password and signs out every other session.' })
  changePassword(@Args('input') input: ChangePasswordInput, @CurrentUser() user: AuthUser, @Context() ctx: GqlContext): Promise<boolean> {
    return this.auth.changePassword(user, ctx.sessionId, input, clientIp(ctx));
  }
}
