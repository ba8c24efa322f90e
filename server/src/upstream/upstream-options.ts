import type { UpstreamSource } from './errors.js';

/** What one physical HTTP attempt ended with; a Prometheus label, so the set is small and fixed. */
export type RequestOutcome = 'success' | 'not_found' | 'rate_limited' | 'rejected' | 'schema_error' | 'http_5xx' | 'timeout' | 'network' | 'breaker_open';

/** Emitted once per attempt (and once per host skipped by an open breaker, with durationMs 0). */
export interface UpstreamRequestEvent {
  source: UpstreamSource;
  /** Route pattern, not the concrete path (keeps metric cardinality low), e.g. `GET /v1/epochs/{n}/participants`. */
  route: string;
  /** Origin of the host that was asked, e.g. `http://node1.gonka.ai:8000`. */
  host: string;
  outcome: RequestOutcome;
  durationMs: number;
}

export interface UpstreamOptions {
  /**
   * Per attempt, headers and body included (our parsing of the body is not), counting only time this
   * process was free to receive them (see startDeadline). At most 2000 ms: a slow host is failed
   * over, not waited for.
   */
  timeoutMs: number;
  /** Total attempts per call across hosts, first one included (1..3). */
  maxAttempts: number;
  breaker: {
    /** Time an open breaker waits before letting one trial request through. */
    halfOpenAfterMs: number;
    /** Consecutive failures of one host that open its breaker (transient ones and off-schema bodies: see countsAgainstHost). */
    consecutiveFailures: number;
  };
  /** Jittered exponential backoff between attempts. */
  backoff?: { initialDelayMs: number; maxDelayMs: number };
  onRequest?: (event: UpstreamRequestEvent) => void;
  /** Sent with every request of this adapter (e.g. an API key header; never logged, errors carry only the route). */
  headers?: Readonly<Record<string, string>>;
  /**
   * Breaker states to start from, by host origin (cockatiel's `toJSON()`): a client in a worker
   * thread starts where the owning process's breakers are (network/view-worker), so a host they
   * hold open is skipped there too.
   */
  breakerStates?: Readonly<Record<string, unknown>>;
}

/** What a client in another thread is built from: the same options, without the hooks (functions do not cross threads). */
export type PortableUpstreamOptions = Omit<UpstreamOptions, 'onRequest'>;

export const MAX_TIMEOUT_MS = 2000;
export const MAX_ATTEMPTS = 3;
export const DEFAULT_BACKOFF = { initialDelayMs: 200, maxDelayMs: 2000 };

export const DEFAULT_UPSTREAM_OPTIONS: UpstreamOptions = {
  timeoutMs: 2000,
  maxAttempts: 3,
  breaker: { halfOpenAfterMs: 30_000, consecutiveFailures: 5 },
  backoff: DEFAULT_BACKOFF,
};

/** Rejects out-of-range options at construction, so a bad config fails at start-up, not under load. */
export function validateUpstreamOptions(opts: UpstreamOptions): void {
  const problems: string[] = [];
  if (!(opts.timeoutMs > 0 && opts.timeoutMs <= MAX_TIMEOUT_MS)) problems.push(`timeoutMs must be in 1..${MAX_TIMEOUT_MS}`);
  if (!(Number.isInteger(opts.maxAttempts) && opts.maxAttempts >= 1 && opts.maxAttempts <= MAX_ATTEMPTS)) {
    problems.push(`maxAttempts must be an integer in 1..${MAX_ATTEMPTS}`);
  }
  if (!(opts.breaker.halfOpenAfterMs > 0)) problems.push('breaker.halfOpenAfterMs must be > 0');
  if (!(Number.isInteger(opts.breaker.consecutiveFailures) && opts.breaker.consecutiveFailures >= 1)) {
    problems.push('breaker.consecutiveFailures must be an integer >= 1');
  }
  if (problems.length > 0) throw new RangeError(`Invalid upstream options: ${problems.join('; ')}`);
}
