import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module.js';
import { ApiTokenAuth } from './api-token-auth.service.js';
import { ApiTokenRateLimit } from './api-token-rate-limit.js';
import { ApiTokensRepository } from './api-tokens.repository.js';
import { ApiTokensResolver } from './api-tokens.resolver.js';
import { ApiTokensService } from './api-tokens.service.js';

/** Personal API tokens. AuthModule's BearerAuth uses ApiTokenAuth to admit them. */
@Module({
  imports: [UsersModule],
  providers: [ApiTokensResolver, ApiTokensService, ApiTokensRepository, ApiTokenAuth, ApiTokenRateLimit],
  exports: [ApiTokenAuth, ApiTokensRepository],
})
export class ApiTokensModule {}
