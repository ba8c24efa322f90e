import { Injectable } from '@nestjs/common';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { consumeOrWait, RateLimiters } from '../../cache/rate-limiters.service.js';
import { RegistrationRateLimited } from './auth.errors.js';

/**
 * Registrations allowed per client address per window: a household or an office behind one address
 * signs up a few accounts, not hundreds. Every attempt that reaches the service counts, a taken email
 * included (each costs an argon2 hash).
 */
export const REGISTRATIONS_PER_IP = 10;
export const REGISTRATION_WINDOW_SECONDS = 60 * 60;

/** Counts registration attempts per address in fixed windows, in the shared store (see RateLimiters). */
@Injectable()
export class RegistrationThrottle {
  private readonly attempts: RateLimiterAbstract;

  constructor(limiters: RateLimiters) {
    this.attempts = limiters.create({ name: 'register-ip', points: REGISTRATIONS_PER_IP, windowSeconds: REGISTRATION_WINDOW_SECONDS });
  }

  /** Counts this attempt, or throws RATE_LIMITED (with retryAfterSeconds) when the address is over its limit. */
  async consume(ip: string): Promise<void> {
    const retryAfter = await consumeOrWait(this.attempts, ip);
    if (retryAfter > 0) throw new RegistrationRateLimited(retryAfter);
  }
}
