import { Injectable } from '@nestjs/common';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { RateLimiters, secondsUntilUnder } from '../../cache/rate-limiters.service.js';
import { LoginRateLimited } from './auth.errors.js';

/**
 * Failed sign-ins allowed per window. The tight limit is per account *and* address, so guessing from
 * one place cannot lock the owner out elsewhere; the account-wide ceiling stops guessing spread over
 * many addresses (at 20 per address it takes at least 5 of them to reach); the per-address limit
 * stops one address spraying many accounts.
 */
export const LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
export const LOGIN_FAILURES_PER_ACCOUNT = 100;
export const LOGIN_FAILURES_PER_IP = 20;
export const LOGIN_WINDOW_SECONDS = 15 * 60;

const pairKey = (email: string, ip: string) => `${email}\n${ip}`;

/**
 * Counts failed sign-ins (and wrong current passwords) in fixed windows, in the shared store
 * (RateLimiters: Redis with REDIS_URL, so the limits hold across replicas; process memory otherwise).
 */
@Injectable()
export class LoginThrottle {
  private readonly pair: RateLimiterAbstract;
  private readonly account: RateLimiterAbstract;
  private readonly address: RateLimiterAbstract;

  constructor(limiters: RateLimiters) {
    const windowSeconds = LOGIN_WINDOW_SECONDS;
    this.pair = limiters.create({ name: 'login-pair', points: LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS, windowSeconds });
    this.account = limiters.create({ name: 'login-email', points: LOGIN_FAILURES_PER_ACCOUNT, windowSeconds });
    this.address = limiters.create({ name: 'login-ip', points: LOGIN_FAILURES_PER_IP, windowSeconds });
  }

  /** Throws RATE_LIMITED (with retryAfterSeconds) while the account+address, the account or the address is locked. */
  async assertAllowed(email: string, ip: string): Promise<void> {
    const waits = await Promise.all([
      secondsUntilUnder(this.pair, pairKey(email, ip)),
      secondsUntilUnder(this.account, email),
      secondsUntilUnder(this.address, ip),
    ]);
    const retryAfter = Math.max(...waits);
    if (retryAfter > 0) throw new LoginRateLimited(retryAfter);
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.all([this.pair.penalty(pairKey(email, ip)), this.account.penalty(email), this.address.penalty(ip)]);
  }

  /**
   * A successful sign-in clears that account+address count. Not the account-wide one (a distributed
   * guesser would get a fresh ceiling each time the owner signs in) nor the address's (it may be
   * guessing at other accounts).
   */
  async recordSuccess(email: string, ip: string): Promise<void> {
    await this.pair.delete(pairKey(email, ip));
  }
}
