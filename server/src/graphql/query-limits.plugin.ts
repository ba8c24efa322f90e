import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { Forbidden, Unauthenticated } from '../common/domain-error.js';
import type { AppConfig } from '../config/app-config.js';
import type { GqlContext } from './gql-context.js';
import { checkQueryLimits, usesIntrospection } from './query-limits.js';

function introspectionDenied(ctx: GqlContext): GraphQLError {
  const cause = ctx.user
    ? new Forbidden('Schema introspection is available to admins only')
    : new Unauthenticated('Sign in as an admin to introspect the schema');
  // The domain error inside keeps its code through format-error.ts; the status is for plain HTTP clients.
  return new GraphQLError(cause.message, { originalError: cause, extensions: { http: { status: ctx.user ? 403 : 401 } } });
}

/**
 * Runs after graphql-js validation and before execution: refuses over-deep, over-aliased or too
 * costly operations (QUERY_TOO_COMPLEX), and in `GRAPHQL_INTROSPECTION=admins` mode refuses
 * `__schema`/`__type` to anyone but a signed-in admin. (`off` is Apollo's own `introspection: false`.)
 */
export function queryLimitsPlugin(config: AppConfig): ApolloServerPlugin<GqlContext> {
  const adminsOnly = config.introspection === 'admins';
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, contextValue }) {
          if (adminsOnly && contextValue.user?.role !== 'admin' && usesIntrospection(document)) {
            throw introspectionDenied(contextValue);
          }
          const error = checkQueryLimits(schema, document, request.variables, request.operationName ?? undefined);
          if (error) throw error;
        },
      };
    },
  };
}
