/** Shapes shared by the router, the routes and the request pipeline. */

export type RouteFamily = 'v1' | 'chain-api' | 'chain-rpc' | 'health' | 'hyperfusion' | 'telegram' | 'control' | 'other';

export interface RequestContext {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  /** The request body as sent (POST), for receivers that verify a signature over its bytes. */
  rawBody?: string;
  headers?: import('node:http').IncomingHttpHeaders;
  /** Aborted when the client hung up before the answer (a long poll it gave up on). */
  signal?: AbortSignal;
}

export interface Reply {
  status: number;
  body: unknown;
  /** Pre-serialized `body`, for large responses memoized as text. */
  text?: string;
  headers?: Record<string, string>;
}

export interface RouteDef {
  method: 'GET' | 'POST' | 'DELETE';
  /** e.g. `/v1/epochs/{epoch}/participants`; also the key in /__sim/stats. */
  pattern: string;
  /** A promise only where the real service answers late on purpose (the fake Bot API's long poll). */
  handle(ctx: RequestContext): Reply | Promise<Reply>;
}

export function ok(body: unknown): Reply {
  return { status: 200, body };
}

export const HYPERFUSION_PREFIX = '/hyperfusion';
/** The fake Telegram Bot API (demo mode and tests): `${url}/telegram/bot<token>/<method>`. */
export const TELEGRAM_PREFIX = '/telegram';

export function familyOf(path: string): RouteFamily {
  if (path.startsWith('/v1/')) return 'v1';
  if (path.startsWith('/chain-api/')) return 'chain-api';
  if (path.startsWith('/chain-rpc/')) return 'chain-rpc';
  if (path.startsWith('/hosts/')) return 'health';
  if (path.startsWith(`${HYPERFUSION_PREFIX}/`)) return 'hyperfusion';
  if (path.startsWith(`${TELEGRAM_PREFIX}/`)) return 'telegram';
  if (path.startsWith('/__sim/')) return 'control';
  return 'other';
}

/** Error bodies in each upstream's own style, so adapters meet the real error shapes. */
export function errorReply(path: string, status: number, message: string): Reply {
  switch (familyOf(path)) {
    case 'chain-api': // grpc-gateway: google.rpc.Status
      return { status, body: { code: grpcCode(status), message, details: [] } };
    case 'hyperfusion': // FastAPI
      return { status, body: { detail: message } };
    case 'control':
      return { status, body: { error: message } };
    default: // echo (dapi) and the rest
      return { status, body: { message } };
  }
}

function grpcCode(status: number): number {
  if (status === 400) return 3; // INVALID_ARGUMENT
  if (status === 404) return 5; // NOT_FOUND
  if (status === 429) return 8; // RESOURCE_EXHAUSTED
  if (status === 503) return 14; // UNAVAILABLE
  return 13; // INTERNAL
}
