import { CircuitBreakerPolicy, ConsecutiveBreaker, CircuitState, circuitBreaker, handleWhen } from 'cockatiel';
import { countsAgainstHost, UpstreamUnavailableError, type UpstreamSource } from '../errors.js';
import type { UpstreamOptions } from '../upstream-options.js';
import { startDeadline } from './deadline.js';

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
  private readonly timeoutMs: number;
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
      // Transient failures and unparseable / off-schema bodies count; a 404 or another 4xx does not.
      breaker: circuitBreaker(handleWhen(countsAgainstHost), {
        halfOpenAfter: opts.breaker.halfOpenAfterMs,
        breaker: new ConsecutiveBreaker(opts.breaker.consecutiveFailures),
        initialState: opts.breakerStates?.[new URL(url).origin],
      }),
    }));
    this.timeoutMs = opts.timeoutMs;
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

  /**
   * One attempt on `host`, through its breaker (throws BrokenCircuitError when open): `request` gets
   * the response body within the deadline, `parse` turns it into data after it. Our own parsing and
   * validation of a multi-megabyte body is not the host's latency, so it is outside the deadline;
   * its failures (an unparseable or off-schema body) still count for the breaker.
   */
  runOn<T>(host: UpstreamHost, route: string, request: (signal: AbortSignal) => Promise<string>, parse: (body: string) => T): Promise<T> {
    return host.breaker.execute(async () => parse(await this.withDeadline(route, request)));
  }

  /**
   * Abandons the request at the deadline even if the body is still trickling in: the signal aborts
   * the fetch itself, and the race makes sure the attempt ends even if something ignores it.
   */
  private async withDeadline(route: string, request: (signal: AbortSignal) => Promise<string>): Promise<string> {
    const controller = new AbortController();
    let expire!: () => void;
    const expired = new Promise<never>((_, reject) => {
      expire = () => {
        controller.abort();
        reject(new UpstreamUnavailableError(this.source, route, 'timeout', 'timed out'));
      };
    });
    expired.catch(() => undefined); // settled by the race below, or not at all when the request wins
    const cancel = startDeadline(this.timeoutMs, expire);
    try {
      return await Promise.race([request(controller.signal), expired]);
    } finally {
      cancel();
    }
  }

  hostByOrigin(origin: string): UpstreamHost | undefined {
    return this.hosts.find((h) => h.origin === origin);
  }

  /** Every host's breaker as cockatiel serializes it (`UpstreamOptions.breakerStates` restores it). */
  exportBreakers(): Record<string, unknown> {
    return Object.fromEntries(this.hosts.map((h) => [h.origin, h.breaker.toJSON()]));
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
