import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, type GraphQLSchema } from 'graphql';
import { Forbidden, Unauthenticated } from '../common/domain-error.js';
import type { AppConfig } from '../config/app-config.js';
import type { GqlContext } from './gql-context.js';
import { memoizedQueryLimits, usesIntrospection } from './query-limits.js';
import { requestJsonRefusal } from './request-json-depth.js';

function introspectionDenied(ctx: GqlContext): GraphQLError {
  const cause = ctx.user
    ? new Forbidden('Schema introspection is available to admins only')
    : new Unauthenticated('Sign in as an admin to introspect the schema');
  // The domain error inside keeps its code through format-error.ts; the status is for plain HTTP clients.
  return new GraphQLError(cause.message, { originalError: cause, extensions: { http: { status: ctx.user ? 403 : 401 } } });
}

/**
 * Runs after graphql-js validation and before execution: refuses variables or extensions nested too
 * deeply (BAD_REQUEST, before anything below walks them), over-deep, over-aliased or too
 * costly operations (QUERY_TOO_COMPLEX), and in `GRAPHQL_INTROSPECTION=admins` mode refuses
 * `__schema`/`__type` to anyone but a signed-in admin. (`off` is Apollo's own `introspection: false`.)
 */
export function queryLimitsPlugin(config: AppConfig): ApolloServerPlugin<GqlContext> {
  const adminsOnly = config.introspection === 'admins';
  // One memo per schema (Apollo can swap schemas; tests start several apps in one process).
  const checkers = new WeakMap<GraphQLSchema, ReturnType<typeof memoizedQueryLimits>>();
  const checkerFor = (schema: GraphQLSchema) => {
    let check = checkers.get(schema);
    if (!check) {
      check = memoizedQueryLimits(schema);
      checkers.set(schema, check);
    }
    return check;
  };
  const introspecting = new WeakMap<DocumentNode, boolean>();
  const asksSchema = (document: DocumentNode) => {
    let found = introspecting.get(document);
    if (found === undefined) {
      found = usesIntrospection(document);
      introspecting.set(document, found);
    }
    return found;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, contextValue }) {
          const badJson = requestJsonRefusal(request);
          if (badJson) throw badJson;
          if (adminsOnly && contextValue.user?.role !== 'admin' && asksSchema(document)) {
            throw introspectionDenied(contextValue);
          }
          const error = checkerFor(schema)(document, request.variables, request.operationName ?? undefined);
          if (error) throw error;
        },
      };
    },
  };
}
