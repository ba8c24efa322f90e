import {
  UpstreamNotFoundError,
  UpstreamRateLimitedError,
  UpstreamRejectedError,
  UpstreamSchemaError,
  UpstreamUnavailableError,
  type PortableUpstreamOptions,
  type UnavailableReason,
  type UpstreamRequestEvent,
  type UpstreamSource,
} from '../../upstream/index.js';

/**
 * What a worker builds from one or more bulk lists: the network view, the hardware view, a settled
 * epoch's summary (with its exclusions and the governance p0, read by the caller), or its rewards.
 */
export type ViewTask =
  | { kind: 'status' }
  | { kind: 'hardware' }
  | { kind: 'summary'; epoch: number; exclusions: Record<string, string>; governanceP0: number }
  | { kind: 'rewards'; epoch: number };

/** The worker's `workerData`: its task and the clients to build, as the main thread's are now. */
export interface ViewWorkerInput {
  task: ViewTask;
  gonka: { baseUrls: string[]; options: PortableUpstreamOptions } | null;
  tracker: { baseUrl: string; options: PortableUpstreamOptions } | null;
}

/** Messages from the worker, in order: an event per upstream attempt, then the result or the failure. */
export type ViewWorkerMessage = { kind: 'request'; event: UpstreamRequestEvent } | { kind: 'done'; value: unknown } | { kind: 'failed'; error: PortableError };

/** An error as it crosses threads: the upstream errors' fields, so the main thread gets the same class back. */
export interface PortableError {
  name: string;
  message: string;
  source?: UpstreamSource;
  route?: string;
  reason?: UnavailableReason;
  status?: number;
  issuePath?: string;
  issue?: string;
  retryAfterMs?: number;
}

export function toPortableError(error: unknown): PortableError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const e = error as Error & Partial<PortableError>;
  const { source, route, reason, status, issuePath, issue, retryAfterMs } = e;
  return { name: e.name, message: e.message, source, route, reason, status, issuePath, issue, retryAfterMs };
}

/** The error the worker's code threw, as the same class (callers switch on upstream error types). */
export function fromPortableError(p: PortableError): Error {
  const source = p.source ?? 'gonka_api';
  const route = p.route ?? 'network-view';
  switch (p.name) {
    case 'UpstreamUnavailableError':
      return new UpstreamUnavailableError(source, route, p.reason ?? 'network', p.message.replace(`${source} ${route}: `, ''), p.status);
    case 'UpstreamRateLimitedError':
      return new UpstreamRateLimitedError(source, route, p.retryAfterMs);
    case 'UpstreamSchemaError':
      return new UpstreamSchemaError(source, route, p.issuePath ?? '', p.issue ?? 'invalid');
    case 'UpstreamNotFoundError':
      return new UpstreamNotFoundError(source, route);
    case 'UpstreamRejectedError':
      return new UpstreamRejectedError(source, route, p.status ?? 400);
    default: {
      const error = new Error(p.message);
      error.name = p.name;
      return error;
    }
  }
}
