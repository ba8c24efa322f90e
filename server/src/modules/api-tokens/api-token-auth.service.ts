import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user.js';
import { UsersRepository } from '../users/users.repository.js';
import type { ApiTokenRecord, ApiTokenScopeValue } from './api-token.types.js';
import { ApiTokenRateLimit } from './api-token-rate-limit.js';
import { hashApiToken, isWellFormedApiToken } from './api-token-secrets.js';
import { LAST_USED_PRECISION_MS } from './api-tokens.constants.js';
import { ApiTokensRepository } from './api-tokens.repository.js';

export type ApiTokenAdmission =
  | { error: 'invalid' | 'expired' | 'revoked' }
  | { user: AuthUser; apiTokenId: string; scope: ApiTokenScopeValue; expiresAt: Date };

/**
 * What an API token proves at this request. Read from PostgreSQL every time (one unique-index read
 * plus the owner's primary key), not cached: a revocation, an expiry, a role change or a deleted
 * account counts from the very next request, on every replica. Integrators' traffic is rate-limited,
 * so this is a bounded cost; the customers' hot path (access tokens) never comes here.
 */
@Injectable()
export class ApiTokenAuth {
  constructor(
    private readonly tokens: ApiTokensRepository,
    private readonly users: UsersRepository,
    private readonly rateLimit: ApiTokenRateLimit,
  ) {}

  /** A request bearing `secret`. Throws RATE_LIMITED (ApiTokenRateLimited) when the token is over its limit. */
  async admit(secret: string): Promise<ApiTokenAdmission> {
    if (!isWellFormedApiToken(secret)) return { error: 'invalid' };
    const admission = await this.admitRecord(await this.tokens.findByHash(hashApiToken(secret)));
    if ('error' in admission) return admission;
    await this.rateLimit.consume(admission.apiTokenId);
    await this.tokens.touch(admission.apiTokenId, LAST_USED_PRECISION_MS);
    return admission;
  }

  /** The same checks for a token already admitted (an open live socket): not counted, not stamped. */
  async recheck(apiTokenId: string): Promise<ApiTokenAdmission> {
    return this.admitRecord(await this.tokens.findById(apiTokenId));
  }

  private async admitRecord(token: ApiTokenRecord | null): Promise<ApiTokenAdmission> {
    if (!token) return { error: 'invalid' };
    if (token.revokedAt) return { error: 'revoked' };
    if (token.expiresAt.getTime() <= Date.now()) return { error: 'expired' };
    // The owner as the account is now: a demoted admin's token is a customer's, a deleted account's
    // token is gone with it (ON DELETE CASCADE; checked here too for the window between).
    const [owner] = await this.users.findByIds([token.userId]);
    if (!owner) return { error: 'revoked' };
    const user: AuthUser = Object.freeze({ id: owner.id, email: owner.email, role: owner.role });
    return { user, apiTokenId: token.id, scope: token.scope, expiresAt: token.expiresAt };
  }
}
