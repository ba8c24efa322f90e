import { ExponentialBackoff, RetryPolicy, decorrelatedJitterGenerator, handleWhen, isBrokenCircuitError, retry } from 'cockatiel';
import type { z } from 'zod';
import {
  isTransientUpstreamError,
  UpstreamNotFoundError,
  UpstreamRateLimitedError,
  UpstreamRejectedError,
  UpstreamSchemaError,
  UpstreamUnavailableError,
  type UpstreamSource,
} from '../errors.js';
import {
  DEFAULT_BACKOFF,
  validateUpstreamOptions,
  type PortableUpstreamOptions,
  type RequestOutcome,
  type UpstreamOptions,
  type UpstreamRequestEvent,
} from '../upstream-options.js';
import { fetchBody, parseJsonBody } from './fetch-json.js';
import { HostPool, type UpstreamHost } from './host-pool.js';
import { SingleFlight } from '../../common/single-flight.js';

/**
 * GET-JSON against one upstream served by one or more interchangeable hosts.
 *
 * Each call starts on the next host in rotation; a transient failure (network, timeout, 5xx, 429)
 * is retried with jittered exponential backoff on the *next* host, so a hanging node costs one
 * timeout before another node answers. Attempts are capped at `maxAttempts` in total — not per
 * host — to stay inside the public nodes' per-IP rate limits. Hosts whose breaker is open are
 * skipped without a request. Identical concurrent calls share one in-flight request.
 */
export class UpstreamHttp {
  private readonly pool: HostPool;
  private readonly retryPolicy: RetryPolicy;
  private readonly singleFlight = new SingleFlight();

  constructor(
    readonly source: UpstreamSource,
    baseUrls: readonly string[],
    private readonly opts: UpstreamOptions,
  ) {
    validateUpstreamOptions(opts);
    this.pool = new HostPool(source, baseUrls, opts);
    const backoff = opts.backoff ?? DEFAULT_BACKOFF;
    this.retryPolicy = retry(handleWhen(isTransientUpstreamError), {
      // cockatiel counts retries after the first attempt; our option counts attempts.
      maxAttempts: opts.maxAttempts - 1,
      backoff: new ExponentialBackoff({
        generator: decorrelatedJitterGenerator,
        initialDelay: backoff.initialDelayMs,
        maxDelay: backoff.maxDelayMs,
      }),
    });
  }

  /** `route` is the pattern (for errors and metrics); `path` the concrete path + query. */
  getJson<T>(route: string, path: string, schema: z.ZodType<T>): Promise<T> {
    return this.singleFlight.run(`${route} ${path}`, () => this.getWithFailover(route, path, schema));
  }

  breakerStates(): Record<string, string> {
    return this.pool.breakerStates();
  }

  /** What a client in a worker thread is built from: these hosts and options, starting from these breakers. */
  portable(): { baseUrls: string[]; options: PortableUpstreamOptions } {
    const { onRequest: _hook, ...options } = this.opts;
    return { baseUrls: this.pool.hosts.map((h) => h.baseUrl), options: { ...options, breakerStates: this.pool.exportBreakers() } };
  }

  /**
   * An attempt a worker thread's client made (its onRequest event), taken in as if made here: it
   * counts for the host's breaker (so the next worker and this process's own calls back off a
   * failing host) and reaches this adapter's metrics hook.
   */
  absorb(event: UpstreamRequestEvent): void {
    const host = this.pool.hostByOrigin(event.host);
    if (host && event.outcome !== 'breaker_open') {
      const error = errorOfOutcome(this.source, event.route, event.outcome);
      host.breaker
        .execute(async () => {
          if (error) throw error;
        })
        .catch(() => undefined);
    }
    this.emit(event);
  }

  private async getWithFailover<T>(route: string, path: string, schema: z.ZodType<T>): Promise<T> {
    let nextHost = this.pool.nextStartIndex();
    const triedHosts = new Set<string>();
    try {
      return await this.retryPolicy.execute(async () => {
        // One attempt: the first host in rotation whose breaker lets a request through.
        for (let skipped = 0; skipped < this.pool.hosts.length; skipped++) {
          const host = this.pool.hostAt(nextHost++);
          const started = performance.now();
          try {
            const value = await this.pool.runOn(
              host,
              route,
              (signal) => fetchBody({ source: this.source, route, url: host.baseUrl + path, signal, headers: this.opts.headers }),
              (body) => parseJsonBody(body, { source: this.source, route, schema }),
            );
            this.report(route, host, 'success', started);
            return value;
          } catch (error) {
            if (isBrokenCircuitError(error)) {
              this.report(route, host, 'breaker_open', started);
              continue;
            }
            triedHosts.add(host.origin);
            this.report(route, host, outcomeOf(error), started);
            throw error;
          }
        }
        throw new UpstreamUnavailableError(this.source, route, 'breaker_open', 'circuit breaker open on every host');
      });
    } catch (error) {
      if (error instanceof UpstreamUnavailableError && error.reason !== 'breaker_open' && triedHosts.size > 1) {
        throw new UpstreamUnavailableError(this.source, route, 'all_hosts_failed', `${triedHosts.size} hosts failed, last: ${error.reason}`, error.status);
      }
      throw error;
    }
  }

  private report(route: string, host: UpstreamHost, outcome: RequestOutcome, started: number): void {
    if (!this.opts.onRequest) return;
    const durationMs = outcome === 'breaker_open' ? 0 : performance.now() - started;
    this.emit({ source: this.source, route, host: host.origin, outcome, durationMs });
  }

  private emit(event: UpstreamRequestEvent): void {
    try {
      this.opts.onRequest?.(event);
    } catch {
      // A broken metrics hook must never fail a request.
    }
  }
}

export function outcomeOf(error: unknown): RequestOutcome {
  if (error instanceof UpstreamNotFoundError) return 'not_found';
  if (error instanceof UpstreamRateLimitedError) return 'rate_limited';
  if (error instanceof UpstreamRejectedError) return 'rejected';
  if (error instanceof UpstreamSchemaError) return 'schema_error';
  if (error instanceof UpstreamUnavailableError) {
    if (error.reason === 'timeout') return 'timeout';
    if (error.reason === 'http_5xx') return 'http_5xx';
  }
  return 'network';
}

/** The error an attempt with this outcome threw (for a breaker fed from another thread); null for a success. */
export function errorOfOutcome(source: UpstreamSource, route: string, outcome: RequestOutcome): Error | null {
  switch (outcome) {
    case 'success':
    case 'breaker_open':
      return null;
    case 'not_found':
      return new UpstreamNotFoundError(source, route);
    case 'rate_limited':
      return new UpstreamRateLimitedError(source, route, undefined);
    case 'rejected':
      return new UpstreamRejectedError(source, route, 400);
    case 'schema_error':
      return new UpstreamSchemaError(source, route, '', 'off-schema body (seen by a worker thread)');
    case 'http_5xx':
    case 'timeout':
    case 'network':
      return new UpstreamUnavailableError(source, route, outcome, `${outcome} (seen by a worker thread)`);
  }
}
