// Hostile-requests drill: what an answer was — its outcome and error codes, an internal error, a leak
// of internals (after removing echoes of the request's own strings), someone else's data, and the
// mutations the server executed.
import { ADMIN_ONLY, AUTH_MUTATIONS } from './schema-targets.mjs';

const LEAK = new RegExp(
  [
    String.raw`\bat \S+ \(`,
    String.raw`\bat (?:async |new )?\/`,
    'node_modules',
    'node:internal',
    '/work/',
    String.raw`\/(?:home|usr|opt|srv|root)\/`,
    String.raw`dist\/src`,
    String.raw`\.(?:ts|js|mjs|cjs):\d+`,
    String.raw`\b(?:SELECT .* FROM|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b`,
    'QueryFailedError',
    'EntityNotFound',
    'TypeORM',
    'driverError',
    'syntax error at or near',
    'duplicate key value',
    'violates .*constraint',
    'relation "',
    'column "[^"]*" (?:of relation|does not exist)',
    'invalid input syntax for',
    'invalid byte sequence',
    'out of range for type',
    String.raw`date\/time field value out of range`,
    'null value in column',
    'value too long for type',
    'invalid input value for enum',
    String.raw`"(?:sqlState|routine|internalQuery|constraint|detail|hint)"\s*:`,
    String.raw`"code"\s*:\s*"\d{2}[0-9A-Z]{3}"`,
    'ECONNREFUSED',
    'ECONNRESET',
    'ETIMEDOUT',
    'ENOENT',
    String.raw`127\.0\.0\.1:\d+`,
    String.raw`localhost:\d+`,
    String.raw`\/chain-api\/`,
    String.raw`\/hyperfusion\/`,
    String.raw`\/v1\/epochs`,
    'stacktrace',
    'TypeError',
    'ReferenceError',
    'RangeError',
    'Maximum call stack',
    'Cannot read prop',
    'Cannot set prop',
    'is not a function',
    'undefined is not',
    'password_hash',
    'passwordHash',
    'jwt malformed',
    'invalid signature',
    'JWT_SECRET',
  ].join('|'),
  'i',
);
const SUGGESTION = /Did you mean/;

function esc(s) {
  return JSON.stringify(s).slice(1, -1);
}

/** The response text with echoes of the request's own strings removed (an echoed payload is not a leak). */
function scrub(text, strings) {
  let out = text;
  const needles = new Set();
  for (const s of strings) {
    if (typeof s !== 'string' || s.length < 3) continue;
    needles
      .add(s)
      .add(esc(s))
      .add(esc(esc(s)));
  }
  for (const n of [...needles].sort((a, b) => b.length - a.length)) if (n.length >= 3 && out.includes(n)) out = out.split(n).join('«echo»');
  return out;
}

export function graphqlBodies(text) {
  try {
    const body = JSON.parse(text);
    const list = Array.isArray(body) ? body : [body];
    return list.every((b) => b && typeof b === 'object' && ('data' in b || 'errors' in b)) ? list : undefined;
  } catch {
    return undefined;
  }
}

export function classify(c, r, mode, world) {
  const out = { outcome: '', codes: [], ise: false, leak: undefined, foreign: undefined, accepted: [] };
  if (r.thrown) {
    out.outcome = 'no answer';
    return out;
  }
  const bodies = graphqlBodies(r.text);
  if (!bodies) {
    out.outcome = 'not GraphQL (HTTP)';
  } else {
    for (const b of bodies) for (const e of b.errors ?? []) out.codes.push(String(e.extensions?.code ?? 'NO_CODE'));
    out.ise = out.codes.includes('INTERNAL_SERVER_ERROR') || out.codes.includes('NO_CODE');
    out.outcome = out.ise
      ? out.codes.includes('INTERNAL_SERVER_ERROR')
        ? 'INTERNAL_SERVER_ERROR'
        : 'NO_CODE'
      : (out.codes[0] ?? (bodies.every((b) => b.data) ? 'OK' : 'EMPTY'));
    // Executed mutations: data under the mutation's response key, or only errors below it (a nested
    // field failed after the mutation ran: null bubbles up, but the change is made).
    if (c.mutation && r.status < 400) {
      for (const b of bodies) {
        const keys = new Set([...Object.keys(b.data ?? {}), ...(b.errors ?? []).filter((e) => e.path?.length).map((e) => String(e.path[0]))]);
        for (const key of keys) {
          if (!c.aliased && key !== c.mutation) continue;
          const value = b.data?.[key];
          const below = (b.errors ?? []).filter((e) => e.path?.[0] === key);
          const partial = (value === null || value === undefined) && below.length > 0 && below.every((e) => e.path.length > 1);
          if ((value !== null && value !== undefined) || partial)
            out.accepted.push({ field: c.mutation, value: value ?? null, partial, input: c.mutationInput });
        }
      }
    }
  }
  const clean = scrub(r.text, c.strings ?? []);
  const m = LEAK.exec(clean) ?? (mode === 'production' ? SUGGESTION.exec(clean) : null);
  if (m) out.leak = clean.slice(Math.max(0, m.index - 80), m.index + 120);
  else if (
    mode === 'production' &&
    c.role !== 'admin' &&
    bodies?.some((b) => b.data && (b.data.__schema || b.data.__type || JSON.stringify(b.data).includes('"__schema"')))
  )
    out.leak = 'schema introspection answered to a non-admin in production';
  // Someone else's data: for customers the other customer's rows, for anonymous callers anyone's.
  const authMutation = c.mutation && AUTH_MUTATIONS.has(c.mutation);
  if (bodies && c.role !== 'admin' && !authMutation) {
    const needles = c.role === 'customer' ? world.foreignForCustomer : world.foreignForAnonymous;
    const hit = needles.find((n) => clean.includes(n));
    if (hit) out.foreign = `contains ${hit}`;
    for (const b of bodies) for (const [k, v] of Object.entries(b.data ?? {})) if (v !== null && ADMIN_ONLY.has(k)) out.foreign = `admin-only ${k} answered`;
  }
  return out;
}
