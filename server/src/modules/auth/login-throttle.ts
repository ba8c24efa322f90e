import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { LoginRateLimited } from './auth.errors.js';

/** Failed sign-ins allowed per window, per account and per client address. */
export const LOGIN_FAILURES_PER_EMAIL = 5;
export const LOGIN_FAILURES_PER_IP = 20;
export const LOGIN_WINDOW_SECONDS = 15 * 60;

interface Window {
  failures: number;
  resetsAt: number;
}

/**
 * Counts failed sign-ins in fixed windows. Per process (bounded memory): behind several instances
 * each enforces its own limits, which still caps guessing at a small multiple.
 */
@Injectable()
export class LoginThrottle {
  private readonly windows = new LRUCache<string, Window>({ max: 100_000, ttl: LOGIN_WINDOW_SECONDS * 1000 });

  /** Throws RATE_LIMITED (with retryAfterSeconds) while either the account or the address is locked. */
  assertAllowed(email: string, ip: string, now = Date.now()): void {
    const waits = [this.wait(`email:${email}`, LOGIN_FAILURES_PER_EMAIL, now), this.wait(`ip:${ip}`, LOGIN_FAILURES_PER_IP, now)];
    const retryAfter = Math.max(...waits);
    if (retryAfter > 0) throw new LoginRateLimited(retryAfter);
  }

  recordFailure(email: string, ip: string, now = Date.now()): void {
    for (const key of [`email:${email}`, `ip:${ip}`]) {
      const current = this.windows.get(key);
      const window = current && current.resetsAt > now ? current : { failures: 0, resetsAt: now + LOGIN_WINDOW_SECONDS * 1000 };
      window.failures++;
      this.windows.set(key, window);
    }
  }

  /** A successful sign-in clears the account's count (not the address's: it may be guessing others). */
  recordSuccess(email: string): void {
    this.windows.delete(`email:${email}`);
  }

  private wait(key: string, limit: number, now: number): number {
    const window = this.windows.get(key);
    if (!window || window.resetsAt <= now || window.failures < limit) return 0;
    return Math.max(1, Math.ceil((window.resetsAt - now) / 1000));
  }
}
