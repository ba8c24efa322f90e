import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * graphql 16 only notices at execution time that the schema has no root for an operation (e.g. a
 * `subscription` here), and that surfaces as an internal error. Rejecting it during validation makes
 * it the client's error (GRAPHQL_VALIDATION_FAILED), as graphql 17's KnownOperationTypesRule does.
 */
export const knownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const roots = { query: schema.getQueryType(), mutation: schema.getMutationType(), subscription: schema.getSubscriptionType() };
    if (!roots[node.operation]) {
      context.reportError(new GraphQLError(`This API does not support ${node.operation} operations.`, { nodes: node }));
    }
  },
});
