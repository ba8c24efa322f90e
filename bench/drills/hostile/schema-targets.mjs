// Hostile-requests drill: what to aim at, from schema.graphql — every root field, every nested field
// with arguments (argument sites), the positions inside their arguments, and which hostile value
// classes apply to each position.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from '../../lib/surface.mjs';

export const G = createRequire(join(ROOT, 'server/package.json'))('graphql');
export const schema = G.buildSchema(readFileSync(join(ROOT, 'schema.graphql'), 'utf8'));
const { isNonNullType, isListType, isInputObjectType, isEnumType, isObjectType, getNamedType } = G;

// -------------------------------------------------------------------------------------- the schema
export const ADMIN_ONLY = new Set();
export const ROOTS = [];
for (const [kind, type] of [
  ['query', schema.getQueryType()],
  ['mutation', schema.getMutationType()],
]) {
  for (const f of Object.values(type.getFields())) {
    ROOTS.push({ kind, field: f });
    if (/Admins only/i.test(f.description ?? '')) ADMIN_ONLY.add(f.name);
  }
}
export const AUTH_MUTATIONS = new Set(['login', 'register', 'refreshToken']);

/** Shortest field path from a root field's type to each object type (no required arguments on the way). */
function pathsFrom(rootType, maxDepth = 3) {
  const found = new Map([[rootType.name, []]]);
  const queue = [[rootType, []]];
  while (queue.length) {
    const [type, path] = queue.shift();
    if (path.length >= maxDepth) continue;
    for (const f of Object.values(type.getFields())) {
      const t = getNamedType(f.type);
      if (!isObjectType(t) || found.has(t.name) || f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
      found.set(t.name, [...path, f.name]);
      queue.push([t, [...path, f.name]]);
    }
  }
  return found;
}

/** Argument sites: every root field, and every nested field with arguments reachable from a root. */
export const SITES = [];
for (const root of ROOTS) {
  SITES.push({ root, path: [], field: root.field, parent: root.kind === 'query' ? 'Query' : 'Mutation' });
  const rootType = getNamedType(root.field.type);
  if (!isObjectType(rootType)) continue;
  for (const [typeName, path] of pathsFrom(rootType)) {
    for (const f of Object.values(schema.getType(typeName).getFields())) {
      if (f.args.length) SITES.push({ root, path, field: f, parent: typeName });
    }
  }
}
export const siteName = (s) =>
  s.path.length || s.parent !== (s.root.kind === 'query' ? 'Query' : 'Mutation')
    ? `${s.parent}.${s.field.name} via ${s.root.field.name}`
    : `${s.parent}.${s.field.name}`;

/** Positions inside a site's arguments where a value can be replaced (through input objects and lists). */
export function positionsOf(site) {
  const out = [];
  const walk = (type, path, name, depth) => {
    out.push({ path, type, name });
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) walk(inner.ofType, [...path, '[]'], name, depth + 1);
    else if (isInputObjectType(inner) && depth < 4) for (const f of Object.values(inner.getFields())) walk(f.type, [...path, f.name], f.name, depth + 1);
  };
  for (const a of site.field.args) walk(a.type, [a.name], a.name, 0);
  return out;
}

export const named = (type) => getNamedType(type).name;
export const isString = (p) => ['String', 'ID'].includes(named(p.type)) && !isListType(isNonNullType(p.type) ? p.type.ofType : p.type);
export const isInputObj = (p) => isInputObjectType(isNonNullType(p.type) ? p.type.ofType : p.type);
export const isList = (p) => isListType(isNonNullType(p.type) ? p.type.ofType : p.type);
export const isUuidish = (p) => named(p.type) === 'ID' || /Id$/.test(p.name);

/** Argument value classes: which positions each applies to, and how the hostile value is made. */
export const CLASSES = {
  'valid-looking': { site: true },
  'wrong type': { applies: () => true },
  'null for non-null': { applies: (p) => isNonNullType(p.type) },
  'int out of range': { applies: (p) => named(p.type) === 'Int' && !isList(p) },
  'float for int': { applies: (p) => named(p.type) === 'Int' && !isList(p) },
  'NaN-like string': { applies: (p) => ['Int', 'DateTime', 'String', 'ID', 'Boolean'].includes(named(p.type)) && !isList(p) && !isInputObj(p) },
  'empty / blank string': { applies: (p) => isString(p) || named(p.type) === 'DateTime' },
  'oversize string': { applies: (p) => isString(p) || named(p.type) === 'DateTime' },
  'unicode / control / NUL': { applies: (p) => isString(p) },
  'SQL injection': { applies: (p) => isString(p) },
  'path traversal / format': { applies: (p) => isString(p) },
  'invalid enum': { applies: (p) => isEnumType(getNamedType(p.type)) },
  'unknown input field': { applies: (p) => isInputObj(p) },
  'deep input object': { applies: (p) => isInputObj(p) || isList(p) },
  'bad cursor': { applies: (p) => p.name === 'after' },
  'malformed UUID': { applies: (p) => isString(p) && isUuidish(p) },
  'bad bech32': { applies: (p) => p.name === 'identifier' },
  'invalid date / range': { applies: (p) => named(p.type) === 'DateTime' || named(p.type) === 'DateRangeInput' },
  'huge list': { applies: (p) => isList(p) },
};
/** class → [{ site, position }] */
export const TARGETS = {};
for (const [cls, def] of Object.entries(CLASSES)) {
  TARGETS[cls] = def.site
    ? SITES.map((site) => ({ site }))
    : SITES.flatMap((site) =>
        positionsOf(site)
          .filter(def.applies)
          .map((position) => ({ site, position })),
      );
}
