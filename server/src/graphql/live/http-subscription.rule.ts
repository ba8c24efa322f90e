import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Over HTTP, Apollo would run a subscription as a query and fail inside the resolver (an internal
 * error). It is the client's mistake: refused during validation, naming where subscriptions live.
 * Used for HTTP only (graphql-options.ts); the WebSocket transport serves subscriptions only.
 */
export const httpSubscriptionRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation !== 'subscription') return;
    context.reportError(
      new GraphQLError('Subscriptions are served over WebSocket on this same endpoint (graphql-ws, subprotocol graphql-transport-ws), not over HTTP.', {
        nodes: node,
      }),
    );
  },
});
