import { Injectable } from '@nestjs/common';
import { LoginRateLimited } from './auth.errors.js';
import { FixedWindows } from './fixed-windows.js';

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

const pairKey = (email: string, ip: string) => `pair:${email}\n${ip}`;

/** Counts failed sign-ins (and wrong current passwords) in fixed windows, in process memory. */
@Injectable()
export class LoginThrottle {
  private readonly failures = new FixedWindows(LOGIN_WINDOW_SECONDS);

  /** Throws RATE_LIMITED (with retryAfterSeconds) while the account+address, the account or the address is locked. */
  assertAllowed(email: string, ip: string, now = Date.now()): void {
    const retryAfter = Math.max(
      this.failures.wait(pairKey(email, ip), LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS, now),
      this.failures.wait(`email:${email}`, LOGIN_FAILURES_PER_ACCOUNT, now),
      this.failures.wait(`ip:${ip}`, LOGIN_FAILURES_PER_IP, now),
    );
    if (retryAfter > 0) throw new LoginRateLimited(retryAfter);
  }

  recordFailure(email: string, ip: string, now = Date.now()): void {
    for (const key of [pairKey(email, ip), `email:${email}`, `ip:${ip}`]) this.failures.add(key, now);
  }

  /**
   * A successful sign-in clears that account+address count. Not the account-wide one (a distributed
   * guesser would get a fresh ceiling each time the owner signs in) nor the address's (it may be
   * guessing at other accounts).
   */
  recordSuccess(email: string, ip: string): void {
    this.failures.delete(pairKey(email, ip));
  }
}
