import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError } from '../common/domain-error.js';
import { DatabaseUnavailable, isDatabaseUnavailable } from '../database/db-unavailable.js';

export const INTERNAL_MESSAGE = 'Internal server error';

// Codes produced by graphql-js/Apollo for bad requests; their messages are about the query, safe to show.
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'QUERY_TOO_COMPLEX',
]);

/**
 * graphql-js stops coercing variables after 50 errors and adds this one, with no code (Apollo codes
 * the 50 before it BAD_USER_INPUT): it is about the request too, not an internal failure.
 */
const VARIABLE_ERROR_LIMIT = 'Too many errors processing variables, error limit reached. Execution aborted.';

/** The request-error code of an error graphql-js or Apollo raised, if it is one. */
function requestCode(formatted: GraphQLFormattedError): string | undefined {
  const code = String(formatted.extensions?.code ?? '');
  if (REQUEST_CODES.has(code)) return code;
  return formatted.message === VARIABLE_ERROR_LIMIT ? 'BAD_USER_INPUT' : undefined;
}

/** A request error whose message is the JS runtime's (a stack overflow on a hostile nesting), not graphql-js's. */
function runtimeFailure(message: string): boolean {
  return /Maximum call stack size exceeded|too much recursion/i.test(message);
}

/** Removes graphql-js "Did you mean …?" hints, which let anonymous callers map the schema. */
function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean .*\?$/, '');
}

/**
 * The domain error behind a resolver error, or behind a request-level one (thrown by a plugin, no path).
 * PostgreSQL being unreachable counts as one (SERVICE_UNAVAILABLE), whatever the driver threw.
 */
function domainErrorOf(error: unknown): DomainError | undefined {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) return original;
  if (original instanceof GraphQLError && original.originalError instanceof DomainError) return original.originalError;
  if (isDatabaseUnavailable(original)) return new DatabaseUnavailable();
  return undefined;
}

/**
 * Whether `formatError` will show this error to the client as INTERNAL_SERVER_ERROR (neither a
 * domain error nor a request error): the errors the error-logging plugin must log.
 */
export function shownAsInternal(error: GraphQLError): boolean {
  return !domainErrorOf(error) && requestCode(error) === undefined;
}

/**
 * The one mapping from thrown errors to what clients see. Domain errors keep their code and message;
 * a database that cannot be reached is SERVICE_UNAVAILABLE ("try again shortly", no driver details);
 * request errors keep graphql-js's message; anything else becomes INTERNAL_SERVER_ERROR with a
 * generic message (the real error is logged with the request id by the error-logging plugin).
 */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = domainErrorOf(error);
    const path = formatted.path;
    if (original) {
      return { message: original.message, path, locations: formatted.locations, extensions: { code: original.code, ...original.extra } };
    }
    const code = requestCode(formatted);
    if (code) {
      const message = runtimeFailure(formatted.message)
        ? 'The document or its variables are nested too deeply'
        : production
          ? withoutSuggestions(formatted.message)
          : formatted.message;
      const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
      return { message, locations: formatted.locations, path, extensions: { ...extensions, code } };
    }
    // A request id put there by our own code (gql-context.ts) is kept: it is what the log line carries.
    const requestId = formatted.extensions?.requestId;
    return {
      message: INTERNAL_MESSAGE,
      path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...(typeof requestId === 'string' ? { requestId } : {}) },
    };
  };
}
