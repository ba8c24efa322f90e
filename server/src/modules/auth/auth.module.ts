import { Module } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { ApiTokensModule } from '../api-tokens/api-tokens.module.js';
import { UsersModule } from '../users/users.module.js';
import { AccessGate } from './access-gate.js';
import { AccessTokens } from './access-tokens.js';
import { BearerAuth } from './bearer-auth.service.js';
import { AuthStartupService } from './auth-startup.service.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { LoginThrottle } from './login-throttle.js';
import { RefreshTokensRepository } from './refresh-tokens.repository.js';
import { RefreshTokensService } from './refresh-tokens.service.js';
import { RegistrationThrottle } from './registration-throttle.js';
import { SessionRevocations } from './session-revocations.js';

@Module({
  imports: [UsersModule, ApiTokensModule],
  providers: [
    AuthResolver,
    AuthService,
    RefreshTokensService,
    RefreshTokensRepository,
    LoginThrottle,
    RegistrationThrottle,
    AuthStartupService,
    SessionRevocations,
    AccessGate,
    BearerAuth,
    { provide: AccessTokens, useFactory: (config: AppConfig) => new AccessTokens(config), inject: [AppConfig] },
  ],
  exports: [AccessTokens, AccessGate, BearerAuth],
})
export class AuthModule {}
