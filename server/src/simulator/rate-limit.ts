/**
 * Public-node request limits per client IP (sliding one-minute window): `/v1` 10/min and
 * `/chain-api` 20/min. Rejected requests do not use up the allowance, like nginx's limiter.
 */
import type { RouteFamily } from './http/types.js';

const WINDOW_MS = 60_000;
export const RATE_LIMITS: Partial<Record<RouteFamily, number>> = { v1: 10, 'chain-api': 20 };

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly now: () => number) {}

  check(clientIp: string, family: RouteFamily): RateDecision {
    const limit = RATE_LIMITS[family];
    if (limit === undefined) return { allowed: true };
    const key = `${family}|${clientIp}`;
    const now = this.now();
    const recent = (this.hits.get(key) ?? []).filter((at) => at > now - WINDOW_MS);
    if (recent.length >= limit) {
      this.hits.set(key, recent);
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0] + WINDOW_MS - now) / 1000)) };
    }
    recent.push(now);
    this.hits.set(key, recent);
    return { allowed: true };
  }

  reset(): void {
    this.hits.clear();
  }
}
