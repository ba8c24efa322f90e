// Hostile-requests drill: requests against one argument site, with valid-looking arguments or one
// hostile value (of a class from schema-targets.mjs) at one position, inline or in variables.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from '../../lib/stack.mjs';
import { G, isList, named, siteName } from './schema-targets.mjs';
import { BAD_DATES, BAD_UUIDS, EXTREME_DATES, Enum, HUGE_INTS, NANLIKE, Raw, SQLI, TRAVERSAL, UNICODE, stringsOf, toJson, toLiteral } from './values.mjs';

const { bech32 } = createRequire(join(ROOT, 'server/package.json'))('bech32');
const { isNonNullType, isListType, isInputObjectType, isEnumType, isObjectType, isLeafType, getNamedType } = G;

/**
 * `fuzzSite(cls, site, position)` for the PRNG `R` and the seeded `world` (world.js); `seed` makes
 * registered emails unique per run, `password` is the seeded accounts' real password.
 */
export function makeArgumentCases(R, world, { seed, password }) {
  const big = (n) => {
    const unit = R.pick(['x', 'é', '🧨', 'A1', ' ']);
    return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  };
  const bech = (hrp = 'gonka', n = 20) => bech32.encode(hrp, bech32.toWords(R.bytes(n)), 1023);
  const iso = (daysAgo) => new Date(Date.now() - daysAgo * 86_400_000).toISOString();
  const b64 = (s) => Buffer.from(s).toString(R.chance(0.7) ? 'base64url' : 'base64');
  let serial = 0;

  function validString(name, parentType) {
    switch (name) {
      case 'after': return R.chance(0.5) ? undefined : R.pick(world.cursors);
      case 'email': return parentType === 'LoginInput' && R.chance(0.6) ? R.pick(world.emails) : `fz-${seed.toString(36)}-${serial++}@bench.test`;
      case 'password': return parentType === 'LoginInput' && R.chance(0.5) ? password : 'another-long-password';
      case 'currentPassword': return 'not-the-password-1'; // a successful change would sign the bench's sessions out
      case 'newPassword': return 'a-new-long-password';
      case 'identifier': return R.weighted([[bech(), 5], [R.pick(world.unowned), 2], [R.pick(world.otherIdentifiers), 2]]);
      case 'search': return R.pick(['node', 'bench', 'c', '@bench', 'gonka1', 'H100']);
      case 'gpuType': return R.pick(['H100', '8x H100', 'A100 80GB']);
      case 'comments': case 'adminNotes': return R.pick(['please help', 'noted', 'Frankfurt, asap']);
      case 'budget': return '1000-2000 USD';
      case 'telegram': return '@bench_user';
      case 'discord': return 'bench#0001';
      case 'displayName': return `rig-${R.int(1, 99)}`;
      case 'region': return 'Frankfurt';
      case 'refreshToken': return R.bytes(32).toString('base64url');
      default: return 'hello';
    }
  }

  function validId(name, site) {
    const f = site.field.name;
    if (name === 'userId') return R.pick([world.victim.id, world.other.id, R.uuid()]);
    if (name === 'assignedToId') return R.pick([world.admin.id, world.victim.id, R.uuid()]);
    // unassignNode only ever unlinks the victim's nodes: the other customer's stay theirs all run, so
    // any answer to the victim that holds them is someone else's data.
    if (name === 'nodeId') return R.pick([...world.victimNodes, R.uuid()]);
    if (f === 'node') return R.pick([...world.victimNodes, ...world.otherNodes, R.uuid()]);
    if (f === 'supportRequest' || f === 'updateSupportRequest') return R.pick([...world.victimRequests, ...world.otherRequests, R.uuid()]);
    return R.uuid();
  }

  /** A plausible value of `type` (undefined = leave out an optional one). */
  function valid(type, name, site, parentType, required = false) {
    if (isNonNullType(type)) return valid(type.ofType, name, site, parentType, true);
    if (!required && R.chance(0.35) && name !== 'input') return undefined;
    if (isListType(type)) return Array.from({ length: R.int(1, 3) }, () => valid(type.ofType, name, site, parentType, true));
    const t = type;
    if (isEnumType(t)) return new Enum(R.pick(t.getValues()).name);
    if (isInputObjectType(t)) {
      const out = {};
      for (const f of Object.values(t.getFields())) {
        const v = valid(f.type, f.name, site, t.name, isNonNullType(f.type) && f.defaultValue === undefined);
        if (v !== undefined) out[f.name] = v;
      }
      if (t.name === 'DateRangeInput' && R.chance(0.5)) return { from: iso(R.int(5, 60)), to: iso(R.int(0, 4)) };
      return out;
    }
    switch (t.name) {
      case 'Int': return name === 'first' ? R.pick([1, 5, 20, 100]) : name === 'quantity' ? R.int(1, 100) : R.int(1, 50);
      case 'Float': return R.next() * 100;
      case 'Boolean': return R.chance(0.5);
      case 'ID': return validId(name, site);
      case 'DateTime': return iso(R.int(0, 30));
      default: return validString(name, parentType);
    }
  }

  function wrongType(type) {
    const t = getNamedType(type);
    const list = isList({ type });
    if (list) return R.pick([{ a: 1 }, 'HEALTHY', 5, true]);
    if (isInputObjectType(t)) return R.pick(['string', 5, true, [{}], [], 1.5]);
    if (isEnumType(t)) return R.pick([new Raw(JSON.stringify(t.getValues()[0].name), t.getValues()[0].name.toLowerCase()), 1, true, { a: 1 }, ['X']]);
    switch (t.name) {
      case 'Int': return R.pick(['5', true, { n: 1 }, [1], 'abc']);
      case 'Boolean': return R.pick(['true', 1, 0, { a: true }, []]);
      case 'DateTime': return R.pick([true, { y: 2024 }, [], [2024], 1e20, -1]);
      case 'ID': return R.pick([true, 1.5, { id: 1 }, ['x'], 12345]);
      default: return R.pick([123, true, { a: 'b' }, ['a'], 1.5, -0]);
    }
  }

  function deepValue(p) {
    const depth = R.pick([20, 100, 500, 2000]);
    if (isList(p) && R.chance(0.6)) {
      let v = [new Enum('HEALTHY')];
      for (let i = 0; i < depth; i++) v = [v];
      return v;
    }
    const key = R.pick(['search', 'input', 'filter', 'a', p.name]);
    let v = {};
    for (let i = 0; i < depth; i++) v = { [key]: v };
    return v;
  }

  function badCursor() {
    const ts = R.pick(['2024-13-45 25:61:61', '0000-00-00 00:00:00', '2024-02-30 00:00:00', '2024-01-01 24:00:00', '9999-12-31 23:59:59.999999+14', '2024-01-01 00:00:00+99',
      '0001-01-01 00:00:00 BC', '1999-01-01T00:00:00Z', '2024-01-01 00:00:00.1234567']);
    const id = R.pick([R.uuid(), '999999999999999999', '0', R.uuid().toUpperCase(), "1' OR '1'='1", '-1']);
    return R.pick([
      () => R.bytes(R.int(1, 140)).toString('base64url'),
      () => b64(JSON.stringify(R.pick([[], {}, [1, 2], ['x', 'y'], null, 'str', [ts, id, 'extra'], [{}, []], [1e308, -1]]))),
      () => b64(JSON.stringify([ts, id])),
      () => b64(`o:${R.pick(['9999999', '99999999999999999999', '-1', '1e9', '0x10', '', '00000001', '1\n', ' 1', '१२'])}`),
      () => R.pick(['!!!', '%%%', '===', 'é', '..', '\u0000', 'bm9kZTp4', 'Y3Vyc29yOi0xMDA=', 'eyJ0IjoxfQ==']),
      () => R.pick(world.cursors).split('').reverse().join(''),
      () => R.pick(world.cursors) + R.pick(['A', '==', '%00', 'x'.repeat(180)]),
      () => 'A'.repeat(R.pick([199, 200, 201, 5000])),
    ])();
  }

  function badBech32() {
    const good = bech();
    return R.pick([
      () => good.slice(0, -1) + (good.at(-1) === 'q' ? 'p' : 'q'),
      () => good.toUpperCase(),
      () => good.slice(0, 10) + good.slice(10).toUpperCase(),
      () => bech('cosmos'),
      () => bech('gonkavaloper'),
      () => bech('gonka', 32),
      () => bech('gonka', 0),
      () => 'gonka1',
      () => `gonka1${'q'.repeat(R.pick([50, 200]))}`,
      () => ` ${good} `,
      () => `${good}\u0000`,
      () => good.replace('1', 'I'),
      () => 'gonka1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq' + "' OR 1=1",
    ])();
  }

  /** A hostile value of `cls` for position `p`. */
  function hostile(cls, p) {
    const t = named(p.type);
    switch (cls) {
      case 'wrong type': return wrongType(p.type);
      case 'null for non-null': return null;
      // biome-ignore lint/correctness/noPrecisionLoss: the literal is sent as raw text; the number only labels it
      case 'int out of range': return R.chance(0.5) ? R.pick([-1, 0, 101, -2147483648, 2147483647]) : R.chance(0.7) ? R.pick(HUGE_INTS) : new Raw('99999999999999999999999999', 99999999999999999999999999);
      case 'float for int': return R.pick([1.5, 0.1, -0.5, 99.999, 1e-9, 20.0000001]);
      case 'NaN-like string': return R.pick(NANLIKE);
      case 'empty / blank string': return R.pick(['', ' ', '   \t\n ', '\u00a0']);
      case 'oversize string': return big(R.pick([256, 2_001, 10_000, 65_000, 99_000, 1_048_576]));
      case 'unicode / control / NUL': return R.pick(UNICODE);
      case 'SQL injection': return R.pick(SQLI);
      case 'path traversal / format': return R.pick(TRAVERSAL);
      case 'invalid enum': {
        const v = R.pick(['FOO', 'healthy', 'HEALTHY_', 'ADMIN', 'null', 'true', '__proto__', 'DELETE', 'A'.repeat(1000)]);
        return isList(p) ? [new Enum(v)] : new Enum(v);
      }
      case 'bad cursor': return badCursor();
      case 'malformed UUID': return R.pick(BAD_UUIDS);
      case 'bad bech32': return badBech32();
      case 'huge list': return R.chance(0.7) ? Array.from({ length: R.pick([1000, 10_000]) }, () => new Enum('HEALTHY')) : [[new Enum('HEALTHY')]];
      case 'deep input object': return deepValue(p);
      case 'invalid date / range':
        if (t === 'DateRangeInput') {
          return R.pick([
            () => ({ from: iso(0), to: iso(10) }), // end before start
            () => ({ from: iso(800), to: iso(0) }), // longer than 366 days
            () => ({ from: R.pick(EXTREME_DATES), to: R.pick(EXTREME_DATES) }),
            () => { const d = R.pick(EXTREME_DATES); return { from: d, to: d }; },
            () => ({ from: R.pick(EXTREME_DATES) }),
            () => ({ to: R.pick(EXTREME_DATES) }),
            () => ({ from: R.pick(BAD_DATES), to: iso(0) }),
          ])();
        }
        return R.chance(0.5) ? R.pick(EXTREME_DATES) : R.pick(BAD_DATES);
      default: throw new Error(`no generator for ${cls}`);
    }
  }

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

  function validArgs(field, site) {
    const args = {};
    for (const a of field.args) {
      const v = valid(a.type, a.name, site, undefined, isNonNullType(a.type) && a.defaultValue === undefined);
      if (v !== undefined) args[a.name] = v;
    }
    return args;
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
        Object.defineProperty(value, extra, { value: R.pick([true, 'admin', 1, { polluted: true }, null]), enumerable: true, writable: true, configurable: true });
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
    return { body: JSON.stringify(payload), strings, mutation: op === 'mutation' ? site.root.field.name : undefined, mutationInput: op === 'mutation' ? rootArgs : undefined, target: siteName(site) };
  }

  return fuzzSite;
}
