// Hostile-requests drill: requests against one argument site, with valid-looking arguments or one
// hostile value (of a class from schema-targets.mjs) at one position, inline or in variables.
import { G, siteName } from './schema-targets.mjs';
import { makeHostileValues } from './hostile-values.mjs';
import { makeValidValues } from './valid-values.mjs';
import { Enum, Raw, stringsOf, toJson, toLiteral } from './values.mjs';

const { isNonNullType, isObjectType, isLeafType, getNamedType } = G;

/**
 * `fuzzSite(cls, site, position)` for the PRNG `R` and the seeded `world` (world.mjs); `seed` makes
 * registered emails unique per run, `password` is the seeded accounts' real password.
 */
export function makeArgumentCases(R, world, { seed, password }) {
  const { valid, validArgs, bech, iso } = makeValidValues(R, world, { seed, password });
  const hostile = makeHostileValues(R, world, { bech, iso });

  /** Replaces the value at `path` (inside the argument object) with `value`, creating parents as needed. */
  function setAt(args, path, value) {
    let holder = args;
    let key = path[0];
    for (let i = 1; i < path.length; i++) {
      const seg = path[i];
      let cur = holder[key];
      if (seg === '[]') {
        if (!Array.isArray(cur) || !cur.length) cur = holder[key] = [new Enum('HEALTHY')];
        holder = cur;
        key = R.int(0, cur.length - 1);
      } else {
        if (!cur || typeof cur !== 'object' || Array.isArray(cur) || cur instanceof Enum || cur instanceof Raw) cur = holder[key] = {};
        holder = cur;
        key = seg;
      }
    }
    holder[key] = value;
  }

  // ------------------------------------------------------------------------------ selection sets
  function selection(type, depth, forceId) {
    const fields = Object.values(type.getFields()).filter((f) => !f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined));
    const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
    const objects = fields.filter((f) => isObjectType(getNamedType(f.type)));
    const picked = new Set();
    if (forceId && leaves.some((f) => f.name === 'id')) picked.add('id');
    if (type.name === 'AuthPayload') picked.add('user { id email }');
    const n = R.int(1, 3);
    for (let i = 0; i < n && leaves.length; i++) picked.add(R.pick(leaves).name);
    if (depth < 2 && objects.length && R.chance(0.35)) {
      const f = R.pick(objects);
      if (f.name !== 'user' || type.name !== 'AuthPayload') picked.add(`${f.name} { ${selection(getNamedType(f.type), depth + 1, false)} }`);
    }
    if (!picked.size) picked.add('__typename');
    return [...picked].join(' ');
  }

  /** `name(args)` with values inline or as variables; fills `vars` and `defs`. */
  function callText(field, args, useVars, vars, defs) {
    const parts = [];
    for (const [k, v] of Object.entries(args)) {
      if (v === undefined) continue;
      const argDef = field.args.find((a) => a.name === k);
      if (useVars) {
        const name = `v${defs.length}`;
        const declared = argDef ? String(argDef.type) : 'String';
        defs.push(`$${name}: ${R.chance(0.03) ? R.pick(['String', 'Int!', '[String]', 'Boolean']) : declared}`);
        Object.defineProperty(vars, name, { value: toJson(v), enumerable: true, writable: true, configurable: true });
        parts.push(`${k}: $${name}`);
      } else {
        parts.push(`${k}: ${toLiteral(v)}`);
      }
    }
    return parts.length ? `${field.name}(${parts.join(', ')})` : field.name;
  }

  /** A request against one argument site, with the value class `cls` at `position` (or all valid). */
  function fuzzSite(cls, site, position) {
    const useVars = R.chance(0.6);
    const vars = {};
    const defs = [];
    const strings = [];
    const targetArgs = validArgs(site.field, site);
    if (position) {
      let value = cls === 'unknown input field' ? undefined : hostile(cls, position);
      if (cls === 'unknown input field') {
        value = valid(position.type, position.name, site, undefined, true) ?? {};
        if (typeof value !== 'object' || value === null || Array.isArray(value)) value = {};
        const extra = R.pick(['isAdmin', 'role', 'userId', '__proto__', 'constructor', 'password_hash', 'id', 'extra', 'Type', 'typ', 'quantityy']);
        Object.defineProperty(value, extra, {
          value: R.pick([true, 'admin', 1, { polluted: true }, null]),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      setAt(targetArgs, position.path, value);
    }
    stringsOf(targetArgs, strings);
    let inner = `${callText(site.field, targetArgs, useVars, vars, defs)}${isLeafType(getNamedType(site.field.type)) ? '' : ` { ${selection(getNamedType(site.field.type), 0, site.root.kind === 'mutation')} }`}`;
    let text;
    let rootArgs = targetArgs;
    if (site.field === site.root.field) {
      text = inner;
    } else {
      rootArgs = validArgs(site.root.field, site);
      if ('first' in rootArgs) rootArgs.first = R.pick([1, 2, 5]);
      stringsOf(rootArgs, strings);
      // Connections: nodes { … } holds the Node; wrap the path from the root to the site's parent type.
      for (const seg of [...site.path].reverse()) inner = `${seg} { ${inner} }`;
      text = `${callText(site.root.field, rootArgs, useVars, vars, defs)} { ${site.root.kind === 'mutation' ? 'id ' : ''}${inner} }`;
    }
    const op = site.root.kind;
    const named = defs.length > 0 || R.chance(0.3);
    const query = `${op}${named ? ' Fuzz' : ''}${defs.length ? `(${defs.join(', ')})` : ''} { ${text} }`;
    const payload = { query };
    if (useVars && defs.length) payload.variables = vars;
    if (named && R.chance(0.2)) payload.operationName = 'Fuzz';
    return {
      body: JSON.stringify(payload),
      strings,
      mutation: op === 'mutation' ? site.root.field.name : undefined,
      mutationInput: op === 'mutation' ? rootArgs : undefined,
      target: siteName(site),
    };
  }

  return fuzzSite;
}
