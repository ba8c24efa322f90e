import type { UpstreamOptions, UpstreamRequestEvent } from '../../../src/upstream/index.js';

/** Fast settings for tests: short timeout and backoff; a breaker that stays out of the way unless asked. */
export function testOptions(overrides: Partial<UpstreamOptions> = {}): UpstreamOptions {
  return {
    timeoutMs: 200,
    maxAttempts: 3,
    breaker: { halfOpenAfterMs: 1000, consecutiveFailures: 1000 },
    backoff: { initialDelayMs: 5, maxDelayMs: 20 },
    ...overrides,
  };
}

export function recordEvents(): { events: UpstreamRequestEvent[]; onRequest: (e: UpstreamRequestEvent) => void } {
  const events: UpstreamRequestEvent[] = [];
  return { events, onRequest: (e) => events.push(e) };
}

/** The v0.2.15 wire variant: every number sent as a string. */
export function numbersAsStrings(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(numbersAsStrings);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, numbersAsStrings(v)]));
  }
  return value;
}

/** Go `omitempty`: fields holding 0, "0", "", false or [] are dropped. */
export function omitZeros(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(omitZeros);
  if (value && typeof value === 'object') {
    const kept = Object.entries(value).filter(([, v]) => !(v === 0 || v === '0' || v === '' || v === false || (Array.isArray(v) && v.length === 0)));
    return Object.fromEntries(kept.map(([k, v]) => [k, omitZeros(v)]));
  }
  return value;
}
