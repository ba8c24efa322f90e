import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import { DomainError } from '../common/domain-error.js';
import type { GqlContext } from './gql-context.js';

/**
 * Logs unexpected errors with the request id and puts that id on every INTERNAL_SERVER_ERROR the
 * client sees, so a user's report can be matched to the log line without leaking the error itself.
 */
export function errorLoggingPlugin(log: Logger): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const err of errors) {
            const original = unwrapResolverError(err);
            if (original instanceof DomainError || !err.path) continue;
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
