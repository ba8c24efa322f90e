import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { apiError, hasCode, isErrorCode } from './errors';

function graphqlError(extensions: Record<string, unknown>, message = 'refused') {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions }] });
}

describe('apiError', () => {
  it('keeps a code the server sends, with its extensions', () => {
    const info = apiError(graphqlError({ code: 'RATE_LIMITED', retryAfterSeconds: 30 }, 'Too many attempts'));
    expect(info).toEqual({
      code: 'RATE_LIMITED',
      field: undefined,
      message: 'Too many attempts',
      retryAfterSeconds: 30,
      requestId: undefined,
    });
  });

  it('maps a code this client does not know to UNKNOWN, keeping the rest', () => {
    const info = apiError(graphqlError({ code: 'SOMETHING_NEW', requestId: 'req-1' }, 'New failure'));
    expect(info?.code).toBe('UNKNOWN');
    expect(info?.message).toBe('New failure');
    expect(info?.requestId).toBe('req-1');
  });

  it('has no code for an error without extensions.code or for a network failure', () => {
    expect(apiError(graphqlError({}))?.code).toBeNull();
    expect(apiError(graphqlError({ code: 42 }))?.code).toBeNull();
    expect(apiError(new TypeError('Failed to fetch'))).toEqual({ code: null, message: 'Failed to fetch' });
    expect(apiError(undefined)).toBeNull();
  });
});

describe('isErrorCode / hasCode', () => {
  it('knows the server codes and nothing else', () => {
    expect(isErrorCode('QUERY_TOO_COMPLEX')).toBe(true);
    expect(isErrorCode('UNKNOWN')).toBe(false);
    expect(isErrorCode('unauthenticated')).toBe(false);
  });

  it('finds a code on any of the errors', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        { message: 'a', extensions: { code: 'UPSTREAM_UNAVAILABLE' } },
        { message: 'b', extensions: { code: 'UNAUTHENTICATED' } },
      ],
    });
    expect(hasCode(error, 'UNAUTHENTICATED')).toBe(true);
    expect(hasCode(error, 'FORBIDDEN')).toBe(false);
    expect(hasCode(new Error('x'), 'UNAUTHENTICATED')).toBe(false);
  });
});
