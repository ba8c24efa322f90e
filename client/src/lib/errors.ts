import { CombinedGraphQLErrors } from '@apollo/client/errors';

export type ErrorCode =
  | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT'
  | 'INVALID_TRANSITION' | 'RATE_LIMITED' | 'INTERNAL_SERVER_ERROR' | string;

export interface ApiErrorInfo {
  code: ErrorCode | null;
  field?: string;
  message: string;
  retryAfterSeconds?: number;
  requestId?: string;
}

/** Reads the first GraphQL error's stable `extensions.code` (never the message text). */
export function apiError(error: unknown): ApiErrorInfo | null {
  if (!error) return null;
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const ext = (first?.extensions ?? {}) as Record<string, unknown>;
    return {
      code: typeof ext.code === 'string' ? ext.code : null,
      field: typeof ext.field === 'string' ? ext.field : undefined,
      message: first?.message ?? error.message,
      retryAfterSeconds: typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : undefined,
      requestId: typeof ext.requestId === 'string' ? ext.requestId : undefined,
    };
  }
  return { code: null, message: (error as Error).message ?? String(error) };
}

export function hasCode(error: unknown, code: ErrorCode): boolean {
  if (!CombinedGraphQLErrors.is(error)) return false;
  return error.errors.some((e) => e.extensions?.code === code);
}
