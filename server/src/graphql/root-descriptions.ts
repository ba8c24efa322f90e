import type { GraphQLSchema } from 'graphql';

/** Code-first decorators cannot describe the root types; the playground should still explain them. */
export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = 'Reads. Most need `Authorization: Bearer <accessToken>`; admin-only fields say so.';
  if (mutation) mutation.description = 'Changes. Sign in with `login`; admin-only mutations say so.';
  const subscription = schema.getSubscriptionType();
  if (subscription) {
    subscription.description =
      "Live updates over WebSocket on the same /graphql endpoint (graphql-ws, subprotocol graphql-transport-ws), each for the signed-in user only; connectionParams `{ authorization: 'Bearer <accessToken>' }`.";
  }
  return schema;
}
