/**
 * Fault injection for resilience tests: a fault matches a route pattern, a path prefix or `*`, and
 * applies to the next `count` matching requests (or all of them).
 */
import { z } from 'zod';

export const FAULT_KINDS = ['http500', 'http429', 'hang', 'slow', 'malformed', 'wrongTypes', 'empty'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export const faultSpecSchema = z.object({
  route: z.string().min(1),
  kind: z.enum(FAULT_KINDS),
  delayMs: z.number().int().min(0).max(600_000).optional(),
  count: z.number().int().min(1).optional(),
});
export type FaultSpec = z.infer<typeof faultSpecSchema>;

export const DEFAULT_SLOW_DELAY_MS = 3_000;

interface ActiveFault {
  spec: FaultSpec;
  remaining: number;
}

export class FaultInjector {
  private faults: ActiveFault[] = [];

  add(spec: FaultSpec): void {
    this.faults.push({ spec, remaining: spec.count ?? Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.faults = [];
  }

  /** The first fault matching this request, consuming one of its uses. */
  take(pattern: string, path: string): FaultSpec | null {
    const fault = this.faults.find((f) => f.remaining > 0 && matches(f.spec.route, pattern, path));
    if (!fault) return null;
    fault.remaining--;
    if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
    return fault.spec;
  }

  list(): FaultSpec[] {
    return this.faults.map((f) => f.spec);
  }
}

function matches(route: string, pattern: string, path: string): boolean {
  return route === '*' || pattern === route || pattern.startsWith(route) || path.startsWith(route);
}

/** Same JSON shape, wrong value types: strings become booleans, numbers objects, booleans strings. */
export function withWrongTypes(value: unknown): unknown {
  if (typeof value === 'string') return value.length % 2 === 0;
  if (typeof value === 'number') return { value };
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.map(withWrongTypes);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withWrongTypes(v)]));
  }
  return value;
}

/**
 * Same JSON shape, every list empty: what the chain answers for an epoch it has not settled yet (its
 * performance summaries are written at the end of the next epoch's PoC validation, not at its start).
 */
export function withEmptyLists(value: unknown): unknown {
  if (Array.isArray(value)) return [];
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withEmptyLists(v)]));
  }
  return value;
}

/** Truncated JSON text (sent with status 200), as a proxy cutting a response short would produce. */
export function truncateJson(text: string): string {
  return text.slice(0, Math.max(1, Math.floor(text.length / 2)));
}
