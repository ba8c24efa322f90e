import { Injectable } from '@nestjs/common';
import { toUser } from '../users/dto/user.mapper.js';
import type { UserEntity } from '../users/entities/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { AccessTokens } from './access-tokens.js';
import { InvalidCredentials, WrongCurrentPassword } from './auth.errors.js';
import type { AuthUser } from './auth-user.js';
import type { AuthPayload } from './dto/auth-payload.model.js';
import type { ChangePasswordInput } from './dto/change-password.input.js';
import type { LoginInput } from './dto/login.input.js';
import type { RegisterInput } from './dto/register.input.js';
import { LoginThrottle } from './login-throttle.js';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password-hasher.js';
import { RefreshTokensService } from './refresh-tokens.service.js';
import { RegistrationThrottle } from './registration-throttle.js';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly accessTokens: AccessTokens,
    private readonly refreshTokens: RefreshTokensService,
    private readonly throttle: LoginThrottle,
    private readonly registrations: RegistrationThrottle,
  ) {}

  /** Throttled per client address. */
  async register(input: RegisterInput, clientIp: string): Promise<AuthPayload> {
    await this.registrations.consume(clientIp);
    const user = await this.users.create({ email: input.email, passwordHash: await hashPassword(input.password) });
    return this.session(user, await this.refreshTokens.issue(user.id));
  }

  /** Same work and the same error for an unknown email as for a wrong password. */
  async login(input: LoginInput, clientIp: string): Promise<AuthPayload> {
    await this.throttle.assertAllowed(input.email, clientIp);
    const user = await this.users.findForSignIn({ email: input.email });
    const ok = user ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);
    if (!user || !ok) {
      await this.throttle.recordFailure(input.email, clientIp);
      throw new InvalidCredentials();
    }
    await this.throttle.recordSuccess(input.email, clientIp);
    return this.session(user, await this.refreshTokens.issue(user.id));
  }

  async refresh(refreshToken: string): Promise<AuthPayload> {
    const issued = await this.refreshTokens.rotate(refreshToken);
    return this.session(await this.users.getById(issued.userId), issued);
  }

  /** Ends the session of the given refresh token, else the caller's current session. */
  async logout(refreshToken: string | undefined, sessionId: string | undefined): Promise<boolean> {
    if (refreshToken) await this.refreshTokens.revokeByToken(refreshToken);
    else if (sessionId) await this.refreshTokens.revokeFamily(sessionId);
    return true;
  }

  /** Signs out every other session; the caller's own (from its access token) stays. Throttled like sign-in. */
  async changePassword(caller: AuthUser, sessionId: string | undefined, input: ChangePasswordInput, clientIp: string): Promise<boolean> {
    await this.throttle.assertAllowed(caller.email, clientIp);
    const user = await this.users.findForSignIn({ id: caller.id });
    if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
      await this.throttle.recordFailure(caller.email, clientIp);
      throw new WrongCurrentPassword();
    }
    await this.users.setPasswordHash(user.id, await hashPassword(input.newPassword));
    await this.refreshTokens.revokeAllForUser(user.id, sessionId);
    return true;
  }

  private session(user: UserEntity, refresh: { token: string; familyId: string }): AuthPayload {
    const authUser: AuthUser = { id: user.id, email: user.email, role: user.role };
    return {
      accessToken: this.accessTokens.sign(authUser, refresh.familyId),
      accessTokenExpiresAt: new Date(Date.now() + this.accessTokens.ttlSeconds * 1000),
      refreshToken: refresh.token,
      user: toUser(user),
    };
  }
}
