import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type SelectionSetNode,
  visit,
} from 'graphql';
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
function shapeRefusal(_schema: GraphQLSchema, document: DocumentNode): string | undefined {
  const aliases = aliasCount(document);
  if (aliases > MAX_ALIASES) return `Query uses ${aliases} aliases; the limit is ${MAX_ALIASES}`;
  if (documentDepth(document) > MAX_QUERY_DEPTH) return `Query is nested deeper than ${MAX_QUERY_DEPTH} levels`;
  return undefined;
}

/**
 * Nesting of the deepest operation: fields inside fields, through fragments; introspection fields
 * (`__schema`, `__type`, …) do not count, so GraphiQL's schema query passes. Each fragment's depth
 * is computed once: re-walking a fragment per spread (as graphql-depth-limit does) lets 1.7 kB of
 * fragments that spread each other twice block the event loop for a minute.
 */
export function documentDepth(document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, number>();
  const depthOf = (set: SelectionSetNode | undefined): number => {
    let max = 0;
    for (const sel of set?.selections ?? []) {
      let d = 0;
      if (sel.kind === Kind.FIELD) d = sel.selectionSet && !sel.name.value.startsWith('__') ? 1 + depthOf(sel.selectionSet) : 0;
      else if (sel.kind === Kind.INLINE_FRAGMENT) d = depthOf(sel.selectionSet);
      else {
        const name = sel.name.value;
        if (!memo.has(name)) {
          memo.set(name, 0); // a cycle (refused by validation before this runs) cannot recurse forever
          memo.set(name, depthOf(fragments.get(name)?.selectionSet));
        }
        d = memo.get(name)!;
      }
      if (d > max) max = d;
    }
    return max;
  };
  let deepest = 0;
  for (const d of document.definitions) if (d.kind === Kind.OPERATION_DEFINITION) deepest = Math.max(deepest, depthOf(d.selectionSet));
  return deepest;
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
