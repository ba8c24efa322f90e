import { type DocumentNode, getOperationAST, getVariableValues, GraphQLError, type GraphQLSchema, validate, visit } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { type ComplexityEstimator, fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX, PAGE_SIZE_MIN } from './connection.js';

/** Deepest selection allowed (introspection fields excluded, so GraphiQL's schema query passes). */
export const MAX_QUERY_DEPTH = 10;
/** Most aliases in one document: aliases are how one request asks for the same costly field many times. */
export const MAX_ALIASES = 30;
/**
 * Most cost units per operation: one per field, list fields multiplied by their page size. A dashboard
 * page of 100 nodes × (15 fields + 30 days of earnings × 3 fields) costs about 10,600 and even 100 days
 * per node about 31,500; nested 100-item lists of 5+ fields (100 × 100 × 5), three levels of lists, or
 * dozens of aliased full pages exceed 50,000 and are refused.
 */
export const MAX_QUERY_COST = 50_000;

/** A paged field costs its children once per requested item; `first`/`last` count as 1..100. */
const pagedListEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((a) => a.name === 'first' || a.name === 'last')) return undefined;
  const requested = Number(args.first ?? args.last ?? PAGE_SIZE_DEFAULT);
  const size = Math.min(PAGE_SIZE_MAX, Math.max(PAGE_SIZE_MIN, Number.isFinite(requested) ? Math.trunc(requested) : PAGE_SIZE_MAX));
  return 1 + size * childComplexity;
};

export function queryCost(schema: GraphQLSchema, document: DocumentNode, variables?: Record<string, unknown>, operationName?: string): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    operationName,
    estimators: [fieldExtensionsEstimator(), pagedListEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

export function aliasCount(document: DocumentNode): number {
  let count = 0;
  visit(document, {
    Field(node) {
      if (node.alias) count++;
    },
  });
  return count;
}

/** True when the document asks for `__schema` or `__type` (`__typename` is ordinary). */
export function usesIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

export function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
}

/**
 * Checks an already-validated document (so fragment cycles are already refused) against the
 * limits; returns the error to send, or undefined when the operation may run.
 */
export function checkQueryLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables?: Record<string, unknown>,
  operationName?: string,
): GraphQLError | undefined {
  const refusal = shapeRefusal(schema, document) ?? costRefusal(schema, document, variables, operationName);
  return refusal === undefined ? undefined : tooComplex(refusal);
}

/** Aliases and depth depend on the document only. */
function shapeRefusal(schema: GraphQLSchema, document: DocumentNode): string | undefined {
  const aliases = aliasCount(document);
  if (aliases > MAX_ALIASES) return `Query uses ${aliases} aliases; the limit is ${MAX_ALIASES}`;
  const depthErrors = validate(schema, document, [depthLimit(MAX_QUERY_DEPTH)]);
  if (depthErrors.length) return `Query is nested deeper than ${MAX_QUERY_DEPTH} levels`;
  return undefined;
}

function costRefusal(schema: GraphQLSchema, document: DocumentNode, variables?: Record<string, unknown>, operationName?: string): string | undefined {
  const operation = getOperationAST(document, operationName);
  // Without a runnable operation or with bad variables nothing executes; execution reports why (BAD_USER_INPUT).
  if (!operation || getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}).errors) return undefined;
  let cost: number;
  try {
    cost = queryCost(schema, document, variables, operationName);
  } catch {
    return 'Query is too large to evaluate';
  }
  if (cost > MAX_QUERY_COST) return `Query cost ${cost} exceeds the limit of ${MAX_QUERY_COST}; ask for smaller pages or fewer fields`;
  return undefined;
}

// Per document, how many (operation, variables) verdicts are remembered.
const VERDICTS_PER_DOCUMENT = 64;

/**
 * `checkQueryLimits` remembered per document: Apollo hands the same parsed DocumentNode for the same
 * query text, and the dashboard sends the same few queries with the same variables all day, so the
 * walks over the document (a few % of a request) run once. Weakly held: a document Apollo drops is
 * forgotten here too.
 */
export function memoizedQueryLimits(schema: GraphQLSchema) {
  const byDocument = new WeakMap<DocumentNode, { shape: string | undefined; verdicts: Map<string, string | undefined> }>();
  return (document: DocumentNode, variables?: Record<string, unknown>, operationName?: string): GraphQLError | undefined => {
    let known = byDocument.get(document);
    if (!known) {
      known = { shape: shapeRefusal(schema, document), verdicts: new Map() };
      byDocument.set(document, known);
    }
    if (known.shape !== undefined) return tooComplex(known.shape);
    const key = `${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
    let verdict = known.verdicts.get(key);
    if (verdict === undefined && !known.verdicts.has(key)) {
      verdict = costRefusal(schema, document, variables, operationName);
      if (known.verdicts.size >= VERDICTS_PER_DOCUMENT) known.verdicts.clear();
      known.verdicts.set(key, verdict);
    }
    return verdict === undefined ? undefined : tooComplex(verdict);
  };
}
