/**
 * Typed failures of the upstream adapters. Callers switch on `code` (stable) and `source`; messages
 * are for logs and never contain a raw response body (it may be huge or hostile).
 */
export type UpstreamSource = 'gonka_api' | 'hyperfusion' | 'hashiro' | 'price' | 'gcore';

export type UpstreamErrorCode = 'UPSTREAM_UNAVAILABLE' | 'UPSTREAM_RATE_LIMITED' | 'UPSTREAM_SCHEMA_MISMATCH' | 'UPSTREAM_NOT_FOUND' | 'UPSTREAM_REJECTED';

/** Why a host could not answer; also the `outcome` reported to metrics. */
export type UnavailableReason = 'network' | 'timeout' | 'http_5xx' | 'breaker_open' | 'all_hosts_failed' | 'not_configured';

export abstract class UpstreamError extends Error {
  abstract readonly code: UpstreamErrorCode;

  constructor(
    readonly source: UpstreamSource,
    readonly route: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Network error, timeout, 5xx, open breaker, or every host failed. Worth retrying later. */
export class UpstreamUnavailableError extends UpstreamError {
  readonly code = 'UPSTREAM_UNAVAILABLE' as const;

  constructor(
    source: UpstreamSource,
    route: string,
    readonly reason: UnavailableReason,
    detail: string,
    readonly status?: number,
  ) {
    super(source, route, `${source} ${route}: ${detail}`);
  }
}

/** HTTP 429. `retryAfterMs` comes from the Retry-After header when the host sent one. */
export class UpstreamRateLimitedError extends UpstreamError {
  readonly code = 'UPSTREAM_RATE_LIMITED' as const;

  constructor(
    source: UpstreamSource,
    route: string,
    readonly retryAfterMs: number | undefined,
  ) {
    const hint = retryAfterMs === undefined ? '' : ` (retry after ${Math.ceil(retryAfterMs / 1000)} s)`;
    super(source, route, `${source} ${route}: rate limited${hint}`);
  }
}

/**
 * The body was not JSON or did not match the schema. `issuePath` names the first offending field
 * (e.g. `participant[3].status`), so a drifted upstream shows up in logs without leaking the body.
 */
export class UpstreamSchemaError extends UpstreamError {
  readonly code = 'UPSTREAM_SCHEMA_MISMATCH' as const;

  constructor(
    source: UpstreamSource,
    route: string,
    readonly issuePath: string,
    readonly issue: string,
  ) {
    super(source, route, `${source} ${route}: unexpected response at ${issuePath || '(root)'}: ${issue}`);
  }
}

/** HTTP 404, e.g. an epoch with no participants (PoC failed) or an unknown address. */
export class UpstreamNotFoundError extends UpstreamError {
  readonly code = 'UPSTREAM_NOT_FOUND' as const;

  constructor(source: UpstreamSource, route: string) {
    super(source, route, `${source} ${route}: not found`);
  }
}

/** Any other 4xx: our request was refused (bad argument, forbidden). Retrying cannot help. */
export class UpstreamRejectedError extends UpstreamError {
  readonly code = 'UPSTREAM_REJECTED' as const;

  constructor(
    source: UpstreamSource,
    route: string,
    readonly status: number,
  ) {
    super(source, route, `${source} ${route}: request rejected with HTTP ${status}`);
  }
}

/** Failures that say "this host, right now": retried on the next host, and counted by breakers (see countsAgainstHost). */
export function isTransientUpstreamError(error: unknown): boolean {
  if (error instanceof UpstreamRateLimitedError) return true;
  return error instanceof UpstreamUnavailableError && (error.reason === 'network' || error.reason === 'timeout' || error.reason === 'http_5xx');
}

/**
 * Failures that count against a host's circuit breaker: the transient ones, and a body that is not
 * JSON or not the documented shape. A host answering garbage is as unusable as one answering 500s:
 * without backing off, every reader that finds stale data would ask it again (and with several
 * hosts, an open breaker moves calls to the ones that answer properly). Not retried, though: the
 * same request to the same upstream is unlikely to parse better a moment later. 404 and other 4xx
 * answer our request and say nothing about the host's health.
 */
export function countsAgainstHost(error: unknown): boolean {
  return isTransientUpstreamError(error) || error instanceof UpstreamSchemaError;
}
