import { GraphQLError } from 'graphql';

/**
 * Deepest nesting accepted in a request's `variables` and `extensions` (our deepest real input is
 * about 4 levels). Deeper JSON is refused before anything walks it: graphql-js's input coercion,
 * JSON.stringify (the query-limit memo) and loggers all recurse once per level, and 5,000 levels
 * (10 kB) overflow the stack.
 */
export const MAX_REQUEST_JSON_DEPTH = 32;

/** True when `value` has more than `limit` levels of arrays/objects; iterative, so any depth is safe. */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: Array<[unknown, number]> = [[value, 1]];
  while (pending.length) {
    const [current, depth] = pending.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(current) ? current : Object.values(current)) {
      if (child !== null && typeof child === 'object') pending.push([child, depth + 1]);
    }
  }
  return false;
}

function tooDeep(what: 'Variables' | 'Extensions'): GraphQLError {
  return new GraphQLError(`${what} are nested too deeply (more than ${MAX_REQUEST_JSON_DEPTH} levels)`, {
    extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
  });
}

/**
 * BAD_REQUEST (HTTP 400) when `variables` or `extensions` are nested deeper than the limit, POST body
 * or GET query string alike (Apollo has JSON-parsed both by then; JSON.parse itself is iterative).
 * Checked first thing in didResolveOperation (query-limits.plugin.ts), the earliest hook whose errors
 * Apollo answers as request errors (one thrown from requestDidStart becomes a 500), and before anything
 * walks the variables: parsing and validation never look at them.
 */
export function requestJsonRefusal(request: { variables?: unknown; extensions?: unknown }): GraphQLError | undefined {
  if (nestedDeeperThan(request.variables, MAX_REQUEST_JSON_DEPTH)) return tooDeep('Variables');
  if (nestedDeeperThan(request.extensions, MAX_REQUEST_JSON_DEPTH)) return tooDeep('Extensions');
  return undefined;
}
