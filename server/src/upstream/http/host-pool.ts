import {
  CircuitBreakerPolicy,
  ConsecutiveBreaker,
  CircuitState,
  TimeoutPolicy,
  TimeoutStrategy,
  circuitBreaker,
  handleWhen,
  TaskCancelledError,
  timeout,
} from 'cockatiel';
import { isTransientUpstreamError, UpstreamUnavailableError, type UpstreamSource } from '../errors.js';
import type { UpstreamOptions } from '../upstream-options.js';

/** One upstream host: its base URL and its own breaker, so one bad node does not poison the others. */
export interface UpstreamHost {
  /** Base URL without trailing slash; paths are appended as-is. */
  readonly baseUrl: string;
  /** Origin, the label used in metrics. */
  readonly origin: string;
  readonly breaker: CircuitBreakerPolicy;
}

/**
 * The hosts of one upstream, with round-robin starting points so that calls spread across them
 * (public nodes rate-limit per IP and per host: spreading multiplies our budget).
 */
export class HostPool {
  readonly hosts: readonly UpstreamHost[];
  private readonly timeoutPolicy: TimeoutPolicy;
  private cursor = 0;

  constructor(
    private readonly source: UpstreamSource,
    baseUrls: readonly string[],
    opts: UpstreamOptions,
  ) {
    if (baseUrls.length === 0) throw new RangeError(`${source}: at least one base URL is required`);
    this.hosts = baseUrls.map((url) => ({
      baseUrl: normalizeBaseUrl(url),
      origin: new URL(url).origin,
      // Only "this host, right now" failures count; a 404 or a schema mismatch says nothing about health.
      breaker: circuitBreaker(handleWhen(isTransientUpstreamError), {
        halfOpenAfter: opts.breaker.halfOpenAfterMs,
        breaker: new ConsecutiveBreaker(opts.breaker.consecutiveFailures),
      }),
    }));
    // Aggressive: the attempt is abandoned at the deadline even if the body is still trickling in;
    // the signal it passes down aborts the fetch itself.
    this.timeoutPolicy = timeout(opts.timeoutMs, TimeoutStrategy.Aggressive);
  }

  /** Index of the host a new call should start with; advances on every call. */
  nextStartIndex(): number {
    const index = this.cursor % this.hosts.length;
    this.cursor = (this.cursor + 1) % this.hosts.length;
    return index;
  }

  hostAt(index: number): UpstreamHost {
    return this.hosts[index % this.hosts.length];
  }

  /** Runs one attempt on `host` through its breaker and the timeout. Throws BrokenCircuitError when open. */
  runOn<T>(host: UpstreamHost, route: string, attempt: (signal: AbortSignal) => Promise<T>): Promise<T> {
    return host.breaker.execute(async () => {
      try {
        return await this.timeoutPolicy.execute((_ctx, signal) => attempt(signal));
      } catch (error) {
        // instanceof, not cockatiel's isTaskCancelledError: in 3.2.1 that helper tests the wrong marker.
        if (error instanceof TaskCancelledError) {
          throw new UpstreamUnavailableError(this.source, route, 'timeout', 'timed out');
        }
        throw error;
      }
    });
  }

  breakerStates(): Record<string, 'closed' | 'open' | 'half_open' | 'isolated'> {
    const names = {
      [CircuitState.Closed]: 'closed',
      [CircuitState.Open]: 'open',
      [CircuitState.HalfOpen]: 'half_open',
      [CircuitState.Isolated]: 'isolated',
    } as const;
    return Object.fromEntries(this.hosts.map((h) => [h.origin, names[h.breaker.state]]));
  }
}

function normalizeBaseUrl(url: string): string {
  const parsed = new URL(url); // throws on a malformed URL: a config error worth failing start-up for
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new RangeError(`Upstream URL must be http(s): ${url}`);
  }
  return url.replace(/\/+$/, '');
}
