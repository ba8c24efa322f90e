import type { ExecutionArgs } from 'graphql';
import { type DocumentNode, GraphQLError, type GraphQLSchema, getOperationAST, parse, specifiedRules, validate } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { knownOperationTypesRule } from '../known-operation-types.rule.js';
import { memoizedQueryLimits } from '../query-limits.js';
import { requestJsonRefusal } from '../request-json-depth.js';
import type { GqlContext } from '../gql-context.js';

/** The same bound as HTTP documents (graphql-options.ts parseOptions). */
const MAX_TOKENS = 5000;

const badRequest = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_REQUEST' } });

/**
 * What Apollo's pipeline does for an HTTP document, done for a WebSocket one (Apollo never sees
 * those): parse with the token bound, validate with our rules, then the query limits of
 * query-limits.plugin.ts (nesting of variables, depth, aliases, cost). Only subscriptions are
 * served here: queries and mutations go over HTTP, where throttles, cookies and plugins apply.
 */
export function liveOperationPlanner(schema: GraphQLSchema) {
  const limits = memoizedQueryLimits(schema);
  const rules = [...specifiedRules, knownOperationTypesRule];
  const parsed = new Map<string, DocumentNode>();
  const parseOnce = (query: string): DocumentNode => {
    let document = parsed.get(query);
    if (!document) {
      document = parse(query, { maxTokens: MAX_TOKENS });
      // The client sends the same few documents: a small memo keeps validation off the reconnect path.
      if (parsed.size >= 100) parsed.clear();
      parsed.set(query, document);
    }
    return document;
  };

  return (payload: SubscribePayload, context: () => GqlContext): ExecutionArgs | readonly GraphQLError[] => {
    if (typeof payload.query !== 'string') return [badRequest('A subscription needs a query')];
    const json = requestJsonRefusal(payload);
    if (json) return [json];
    let document: DocumentNode;
    try {
      document = parseOnce(payload.query);
    } catch (e) {
      const message = e instanceof GraphQLError ? e.message : 'The document could not be parsed';
      return [new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
    }
    const invalid = validate(schema, document, rules);
    if (invalid.length) return invalid.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
    const operationName = payload.operationName ?? undefined;
    const operation = getOperationAST(document, operationName);
    if (!operation) return [badRequest('Unable to identify the operation')];
    if (operation.operation !== 'subscription')
      return [badRequest('Only subscriptions are served over WebSocket; send queries and mutations by HTTP POST /graphql')];
    const variables = (payload.variables ?? undefined) as Record<string, unknown> | undefined;
    const tooComplex = limits(document, variables, operationName);
    if (tooComplex) return [tooComplex];
    return { schema, document, operationName, variableValues: variables, contextValue: context() };
  };
}
