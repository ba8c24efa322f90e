import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { Forbidden } from '../../common/domain-error.js';
import type { GqlContext } from '../../graphql/gql-context.js';

/**
 * A READ API token may run queries (and, over graphql-ws, subscriptions) only. Checked once per
 * operation, after the document is resolved and before any resolver runs, so no mutation (public or
 * guarded, present or future) can slip past a per-resolver check.
 */
export function readOnlyScopePlugin(): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (contextValue.scope !== 'READ' || operation?.operation !== 'mutation') return;
          const cause = new Forbidden('This API token is read-only (scope READ): mutations need a FULL token');
          throw new GraphQLError(cause.message, { originalError: cause, extensions: { http: { status: 403 } } });
        },
      };
    },
  };
}
