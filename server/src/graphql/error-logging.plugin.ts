import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { describeDatabaseError, isDatabaseUnavailable } from '../database/db-unavailable.js';
import { shownAsInternal } from './format-error.js';
import type { GqlContext } from './gql-context.js';

/** While PostgreSQL is unreachable, one warning per this many ms (with a count), not a stack per failed field. */
export const DB_UNAVAILABLE_LOG_INTERVAL_MS = 10_000;

/**
 * Logs unexpected errors with the request id and puts that id on every INTERNAL_SERVER_ERROR the
 * client sees, so a user's report can be matched to the log line without leaking the error itself.
 * Field errors and request-level ones (no `path`: thrown before execution) alike; which errors
 * count is formatError's decision (`shownAsInternal`), so every INTERNAL_SERVER_ERROR has its line.
 * Failures before Apollo's pipeline starts (building the context) are logged in gql-context.ts.
 * A database outage (SERVICE_UNAVAILABLE to clients) is an expected condition, not a bug: it is logged
 * as a warning at most once per interval, with how many failed fields it covers.
 */
export function errorLoggingPlugin(log: Logger): ApolloServerPlugin<GqlContext> {
  let dbWarnedAt = -Infinity;
  let dbSuppressed = 0;
  const databaseUnavailable = (err: unknown, requestId: string) => {
    const now = Date.now();
    if (now - dbWarnedAt < DB_UNAVAILABLE_LOG_INTERVAL_MS) {
      dbSuppressed++;
      return;
    }
    log.warn(
      { db: describeDatabaseError(err), requestId, failedFieldsSinceLastWarning: dbSuppressed },
      'database unavailable: GraphQL fields that need it fail with SERVICE_UNAVAILABLE until it is back',
    );
    dbWarnedAt = now;
    dbSuppressed = 0;
  };
  return {
    // A plugin hook that threw outside the stages Apollo catches (Apollo answers a bare 500).
    async unexpectedErrorProcessingRequest({ requestContext, error }) {
      log.error({ err: error, requestId: requestContext.contextValue.requestId }, 'unexpected GraphQL error (request pipeline)');
    },
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const err of errors) {
            const unwrapped = unwrapResolverError(err);
            // Apollo wraps what a hook threw in a GraphQLError without a path; log the thrown error.
            const original = unwrapped instanceof GraphQLError && unwrapped.originalError ? unwrapped.originalError : unwrapped;
            if (isDatabaseUnavailable(original)) {
              databaseUnavailable(original, contextValue.requestId);
              continue;
            }
            if (!shownAsInternal(err)) continue;
            log.error({ err: original, requestId: contextValue.requestId, path: err.path }, 'unexpected GraphQL error');
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          for (const e of response.body.singleResult.errors ?? []) {
            if (e.extensions?.code === 'INTERNAL_SERVER_ERROR') {
              (e.extensions as Record<string, unknown>).requestId = contextValue.requestId;
            }
          }
        },
      };
    },
  };
}
