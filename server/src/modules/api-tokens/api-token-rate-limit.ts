import { Injectable } from '@nestjs/common';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { consumeOrWait, RateLimiters } from '../../cache/rate-limiters.service.js';
import { AppConfig } from '../../config/app-config.js';
import { RATE_WINDOW_SECONDS } from './api-tokens.constants.js';
import { ApiTokenRateLimited } from './api-tokens.errors.js';

/**
 * Requests per API token in fixed one-minute windows, keyed by the token's id (never its secret).
 * In the shared store like the sign-in throttle (RateLimiters): with REDIS_URL the limit holds across
 * every replica together; while Redis is down each replica counts its own.
 */
@Injectable()
export class ApiTokenRateLimit {
  private readonly windows: RateLimiterAbstract;
  readonly limit: number;

  constructor(config: AppConfig, limiters: RateLimiters) {
    this.limit = config.env.API_TOKEN_RATE_LIMIT_PER_MINUTE;
    this.windows = limiters.create({ name: 'api-token', points: this.limit, windowSeconds: RATE_WINDOW_SECONDS });
  }

  /** Counts one request; throws RATE_LIMITED (extensions.retryAfterSeconds) once the window's limit is used up. */
  async consume(apiTokenId: string): Promise<void> {
    const retryAfter = await consumeOrWait(this.windows, apiTokenId);
    if (retryAfter > 0) throw new ApiTokenRateLimited(retryAfter, this.limit);
  }
}
