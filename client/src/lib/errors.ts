import { CombinedGraphQLErrors } from '@apollo/client/errors';

/**
 * Every `extensions.code` the server sends. server/src/graphql/format-error.ts is the one mapping:
 * a domain error keeps its code (server/src/common/domain-error.ts), a request error keeps
 * Apollo's/graphql-js's (its REQUEST_CODES), and anything else is sent as INTERNAL_SERVER_ERROR.
 * Keep this list in step with those two files.
 */
export const ERROR_CODES = [
  // Domain errors (services, guards, the validation pipe).
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'RATE_LIMITED',
  'UPSTREAM_UNAVAILABLE',
  'SERVICE_UNAVAILABLE',
  // Request errors: the document or the HTTP request itself was refused before execution.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'QUERY_TOO_COMPLEX',
  // Everything unmapped, with a generic message and a request id.
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

const KNOWN_CODES: ReadonlySet<string> = new Set(ERROR_CODES);

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && KNOWN_CODES.has(code);
}

export interface ApiErrorInfo {
  /**
   * The server's code; 'UNKNOWN' when a GraphQL error carries a code this client does not know
   * (a newer server): still a server answer, so callers show their generic error, not the network
   * one. `null` when there is no code at all (network failure, or an error without extensions.code).
   */
  code: ErrorCode | 'UNKNOWN' | null;
  field?: string;
  /** BAD_USER_INPUT's reason code (server/src/common/input-reasons.ts) and its numbers. */
  reason?: string;
  params?: Record<string, string | number>;
  message: string;
  retryAfterSeconds?: number;
  requestId?: string;
}

function codeOf(code: unknown): ApiErrorInfo['code'] {
  if (typeof code !== 'string') return null;
  return isErrorCode(code) ? code : 'UNKNOWN';
}

/** Reads the first GraphQL error's stable `extensions.code` (never the message text). */
export function apiError(error: unknown): ApiErrorInfo | null {
  if (!error) return null;
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const ext = (first?.extensions ?? {}) as Record<string, unknown>;
    return {
      code: codeOf(ext.code),
      field: typeof ext.field === 'string' ? ext.field : undefined,
      reason: typeof ext.reason === 'string' ? ext.reason : undefined,
      params: ext.params && typeof ext.params === 'object' ? (ext.params as Record<string, string | number>) : undefined,
      message: first?.message ?? error.message,
      retryAfterSeconds: typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : undefined,
      requestId: typeof ext.requestId === 'string' ? ext.requestId : undefined,
    };
  }
  return { code: null, message: (error as Error).message ?? String(error) };
}

/** Whether any of the GraphQL errors (not only the first) carries `code`. */
export function hasCode(error: unknown, code: ErrorCode): boolean {
  if (!CombinedGraphQLErrors.is(error)) return false;
  return error.errors.some((e) => e.extensions?.code === code);
}
