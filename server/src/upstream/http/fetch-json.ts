import type { z } from 'zod';
import {
  UpstreamError,
  UpstreamNotFoundError,
  UpstreamRateLimitedError,
  UpstreamRejectedError,
  UpstreamSchemaError,
  UpstreamUnavailableError,
  type UpstreamSource,
} from '../errors.js';

export interface BodyRequest {
  source: UpstreamSource;
  /** Route pattern, used in errors and metrics. */
  route: string;
  url: string;
  /** Aborted by the caller's deadline. */
  signal: AbortSignal;
  /** Extra request headers (an API key); never logged. */
  headers?: Readonly<Record<string, string>>;
}

/** What a body is parsed against, and how its errors are labelled. */
export interface ParseContext<T> {
  source: UpstreamSource;
  route: string;
  schema: z.ZodType<T>;
}

/**
 * The network part of one GET attempt: HTTP status → typed error, else the body as text. No
 * retries here; the caller's policy decides what to do with each error type. Parsing is left to
 * `parseJsonBody`, so a deadline on this part measures the host, not our own CPU.
 */
export async function fetchBody(req: BodyRequest): Promise<string> {
  const { source, route } = req;
  try {
    const response = await fetch(req.url, { signal: req.signal, headers: { ...req.headers, accept: 'application/json' } });
    throwForStatus(response, source, route);
    return await response.text();
  } catch (error) {
    if (error instanceof UpstreamError) throw error;
    if (req.signal.aborted) throw new UpstreamUnavailableError(source, route, 'timeout', 'timed out');
    throw new UpstreamUnavailableError(source, route, 'network', `network error (${describeCause(error)})`);
  }
}

function throwForStatus(response: Response, source: UpstreamSource, route: string): void {
  const { status } = response;
  if (status >= 200 && status < 300) return;
  // The body is not needed; release the connection instead of leaving it to the GC.
  void response.body?.cancel().catch(() => undefined);
  if (status === 404) throw new UpstreamNotFoundError(source, route);
  if (status === 429) throw new UpstreamRateLimitedError(source, route, parseRetryAfter(response.headers.get('retry-after')));
  if (status >= 500) throw new UpstreamUnavailableError(source, route, 'http_5xx', `HTTP ${status}`, status);
  throw new UpstreamRejectedError(source, route, status);
}

/** Body text → JSON → schema; an UpstreamSchemaError names the first offending field. */
export function parseJsonBody<T>(body: string, req: ParseContext<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new UpstreamSchemaError(req.source, req.route, '', 'body is not valid JSON');
  }
  const result = req.schema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  // A union reports only "Invalid input"; the first branch's own issue says what was expected.
  const detail = issue?.code === 'invalid_union' ? issue.errors.flat()[0] : undefined;
  const path = [...(issue?.path ?? []), ...(detail?.path ?? [])];
  const message = detail ? `${issue.message}: ${detail.message}` : (issue?.message ?? 'invalid');
  throw new UpstreamSchemaError(req.source, req.route, formatPath(path), message);
}

/** `['participant', 3, 'status']` → `participant[3].status`. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

function describeCause(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (cause instanceof Error) return 'code' in cause && cause.code ? String(cause.code) : cause.name;
  return 'unknown';
}
