import { Injectable } from '@nestjs/common';
import { RegistrationRateLimited } from './auth.errors.js';
import { FixedWindows } from './fixed-windows.js';

/**
 * Registrations allowed per client address per window: a household or an office behind one address
 * signs up a few accounts, not hundreds. Every attempt that reaches the service counts, a taken email
 * included (each costs an argon2 hash).
 */
export const REGISTRATIONS_PER_IP = 10;
export const REGISTRATION_WINDOW_SECONDS = 60 * 60;

/** Counts registration attempts per address in fixed windows, in process memory. */
@Injectable()
export class RegistrationThrottle {
  private readonly attempts = new FixedWindows(REGISTRATION_WINDOW_SECONDS);

  /** Counts this attempt, or throws RATE_LIMITED (with retryAfterSeconds) when the address is over its limit. */
  consume(ip: string, now = Date.now()): void {
    const retryAfter = this.attempts.wait(`ip:${ip}`, REGISTRATIONS_PER_IP, now);
    if (retryAfter > 0) throw new RegistrationRateLimited(retryAfter);
    this.attempts.add(`ip:${ip}`, now);
  }
}
