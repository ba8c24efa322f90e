// Drill (issue #6): 10,000 generated invalid and hostile GraphQL requests → INTERNAL_SERVER_ERROR
// answers (target 0), answers leaking internals (target 0), requests left without an answer (target 0).
// Generation is schema-aware (schema.graphql: every Query/Mutation field and every nested field with
// arguments gets fuzzed arguments built from the argument types) plus structural attacks (depth,
// aliases, fragments, huge documents, batches, bad JSON, content types, GET, introspection, tokens).
// Sent as anonymous, customer and admin, half to a NODE_ENV=production app (masked errors) and half to
// a development one. Seeded PRNG (`--seed=N`): the same seed sends the same requests. Afterwards the
// database must hold exactly its earlier rows plus what accepted mutations explain. See bench/README.md.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { SMOKE, commandLine, header, percentile, pool, run, table } from '../lib/report.mjs';
import { ROOT, dist, seedCustomers, sql, stopEmbedded, withStack } from '../lib/stack.mjs';

const serverRequire = createRequire(join(ROOT, 'server/package.json'));
const G = serverRequire('graphql');
const { bech32 } = serverRequire('bech32');
const argon2 = serverRequire('argon2');
const { RefresherService } = dist('modules/gonka/refresher.service.js');

const TOTAL = Number(process.env.HOSTILE_TOTAL ?? (SMOKE ? 500 : 10_000));
const MODES = ['production', 'development'];
const CONCURRENCY = 8;
const TIMEOUT_MS = 20_000; // "no answer": the server must answer even hostile requests well before this
const SLOW_MS = 1_000;
const seedArg = process.argv.find((a) => a.startsWith('--seed='));
const SEED = Number(seedArg ? seedArg.slice(7) : (process.env.HOSTILE_SEED ?? 20260406)) >>> 0;
const PASSWORD = 'bench-password-2026'; // the seeded accounts' real password (argon2 hash)

const schema = G.buildSchema(readFileSync(join(ROOT, 'schema.graphql'), 'utf8'));
const { isNonNullType, isListType, isInputObjectType, isEnumType, isObjectType, isLeafType, getNamedType } = G;

// ---------------------------------------------------------------------------------------------- PRNG
function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const R = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    weighted: (entries) => {
      const total = entries.reduce((s, [, w]) => s + w, 0);
      let x = next() * total;
      for (const [v, w] of entries) if ((x -= w) < 0) return v;
      return entries.at(-1)[0];
    },
    bytes: (n) => Buffer.from(Array.from({ length: n }, () => Math.floor(next() * 256))),
    hex: (n) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(next() * 16)]).join(''),
    uuid: () => { const h = R.hex(32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`; },
  };
  return R;
}

// ------------------------------------------------------------------------- values: JSON and literals
/** An enum value: a bare name in a literal, a string in variables. */
class Enum { constructor(name) { this.name = name; } }
/** Literal-only text (e.g. a huge integer), with the JSON sent when the value goes in variables. */
class Raw { constructor(text, json = text) { this.text = text; this.json = json; } }

function toLiteral(v) {
  if (v === null) return 'null';
  if (v instanceof Enum) return v.name;
  if (v instanceof Raw) return v.text;
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'NaN';
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.filter((x) => x !== undefined).map(toLiteral).join(', ')}]`;
  return `{ ${Object.entries(v).filter(([, x]) => x !== undefined).map(([k, x]) => `${k}: ${toLiteral(x)}`).join(', ')} }`;
}

function toJson(v) {
  if (v instanceof Enum) return v.name;
  if (v instanceof Raw) return v.json;
  if (Array.isArray(v)) return v.filter((x) => x !== undefined).map(toJson);
  if (v && typeof v === 'object') {
    const out = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) Object.defineProperty(out, k, { value: toJson(x), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return v;
}

/** Every string inside a value (echoes of them in error messages are not leaks). */
function stringsOf(v, out = []) {
  if (typeof v === 'string') out.push(v);
  else if (v instanceof Enum) out.push(v.name);
  else if (v instanceof Raw) out.push(v.text);
  else if (Array.isArray(v)) v.forEach((x) => stringsOf(x, out));
  else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => { out.push(k); stringsOf(x, out); });
  return out;
}

// ----------------------------------------------------------------------------------- value catalog
const SQLI = [
  "' OR '1'='1", "' OR 1=1 --", "'; DROP TABLE users; --", "1; DELETE FROM nodes", "' UNION SELECT password_hash FROM users --",
  "x' AND pg_sleep(3) --", "%' OR email LIKE '%", "\\'; SELECT 1; --", '"; UPDATE users SET role=\'admin\' --', "$1", "%%%", "_", "\\", "')--", "' || (SELECT version()) || '",
];
const TRAVERSAL = [
  '../../../../etc/passwd', '..%2f..%2f..%2fetc%2fpasswd', '....//....//etc/shadow', '/etc/passwd\u0000.png', 'C:\\Windows\\win.ini', 'file:///etc/passwd',
  '%s%s%s%s%n', '${7*7}', '{{7*7}}', '#{7*7}', '__proto__', 'constructor', 'prototype', '<script>alert(1)</script>', '{"$ne": null}', 'http://169.254.169.254/latest/meta-data/',
];
const UNICODE = [
  '\u0000', 'a\u0000b', '\u0000'.repeat(50), '\u0001\u0002\u0003\u001b[31m', '\r\n\r\nX-Injected: 1', '\t \u000b\u000c', '\u202eevil\u202c', '\u200b\u200c\u200d\ufeff',
  '𝕳𝖊𝖑𝖑𝖔 🐳🧨', 'e\u0301\u0301\u0301\u0301', '\ud800', '\udfff\ud800', '\uffff\ufffe', 'İıſK', 'ＡＢＣ＠ｅｘａｍｐｌｅ．ｃｏｍ', '\u0085\u2028\u2029', '漢字'.repeat(40), '🏳️‍🌈'.repeat(30),
];
const NANLIKE = ['NaN', 'Infinity', '-Infinity', '-0', '1e309', '0x10', ' 12 ', '1_000', '٣', '+1', '', 'null', 'undefined', '[]', '{}'];
const BAD_UUIDS = [
  '1', '-1', '0', 'null', 'undefined', '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '00000000-0000-0000-0000-00000000000G',
  '{00000000-0000-0000-0000-000000000000}', '000000000000000000000000000000000', '00000000000000000000000000000000', '0000000-0000-0000-0000-0000000000000',
  'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz', "00000000-0000-0000-0000-000000000000' OR '1'='1", ' 00000000-0000-0000-0000-000000000000', 'urn:uuid:00000000-0000-0000-0000-000000000000',
];
const BAD_DATES = [
  '2024-13-45T25:61:61Z', '2024-02-30T00:00:00Z', 'yesterday', 'NaN', '', '0', '2024', '1/2/2024', '+275760-09-13T00:00:00.001Z', '2024-01-01T00:00:00+99:00', 'Invalid Date',
];
const EXTREME_DATES = [
  '0000-01-01T00:00:00Z', '0001-01-01T00:00:00Z', '+099999-01-01T00:00:00Z', '99999-12-31T00:00:00Z', '-271821-04-20T00:00:00Z', '+275760-09-13T00:00:00Z', '-004714-11-24T00:00:00Z',
  '1970-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z', '1969-12-31T23:59:59.999Z',
];
const HUGE_INTS = [2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, -(2 ** 63), 1e21, 1e308];
const TOKENS = () => [
  'Bearer', 'Bearer ', 'Bearer a.b.c', 'bearer x', 'Basic YTpi', 'Token abc', `Bearer ${'A'.repeat(9_000)}`,
  'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIiwicm9sZSI6ImFkbWluIiwiZW1haWwiOiJ4QHkueiIsInNpZCI6IngifQ.',
  'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIiwicm9sZSI6ImFkbWluIn0.c2lnbmF0dXJl',
  'Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.e30.e30', 'Bearer ../../../../etc/passwd', "Bearer ' OR 1=1 --", 'Bearer \u00e9\u00e9', 'Bearer x y z',
];

// -------------------------------------------------------------------------------------- the schema
const ADMIN_ONLY = new Set();
const ROOTS = [];
for (const [kind, type] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]]) {
  for (const f of Object.values(type.getFields())) {
    ROOTS.push({ kind, field: f });
    if (/Admins only/i.test(f.description ?? '')) ADMIN_ONLY.add(f.name);
  }
}
const AUTH_MUTATIONS = new Set(['login', 'register', 'refreshToken']);

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
const SITES = [];
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
const siteName = (s) => (s.path.length || s.parent !== (s.root.kind === 'query' ? 'Query' : 'Mutation') ? `${s.parent}.${s.field.name} via ${s.root.field.name}` : `${s.parent}.${s.field.name}`);

/** Positions inside a site's arguments where a value can be replaced (through input objects and lists). */
function positionsOf(site) {
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

const named = (type) => getNamedType(type).name;
const isString = (p) => ['String', 'ID'].includes(named(p.type)) && !isListType(isNonNullType(p.type) ? p.type.ofType : p.type);
const isInputObj = (p) => isInputObjectType(isNonNullType(p.type) ? p.type.ofType : p.type);
const isList = (p) => isListType(isNonNullType(p.type) ? p.type.ofType : p.type);
const isUuidish = (p) => named(p.type) === 'ID' || /Id$/.test(p.name);

/** Argument value classes: which positions each applies to, and how the hostile value is made. */
const CLASSES = {
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
const TARGETS = {};
for (const [cls, def] of Object.entries(CLASSES)) {
  TARGETS[cls] = def.site ? SITES.map((site) => ({ site })) : SITES.flatMap((site) => positionsOf(site).filter(def.applies).map((position) => ({ site, position })));
}

// --------------------------------------------------------------------------------------- generator
function makeGenerator(R, world) {
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
      case 'email': return parentType === 'LoginInput' && R.chance(0.6) ? R.pick(world.emails) : `fz-${SEED.toString(36)}-${serial++}@bench.test`;
      case 'password': return parentType === 'LoginInput' && R.chance(0.5) ? PASSWORD : 'another-long-password';
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

  // ------------------------------------------------------------------------- structural attacks
  const J = (query, variables, operationName) => JSON.stringify({ query, variables, operationName });
  const nestInvalid = (d) => `{ me { ${'a { '.repeat(d)}id${' }'.repeat(d)} } }`;
  const aliasesOf = (n, f) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${f}`).join(' ')} }`;
  const COSTLY = ['serverInfo { name }', 'me { id email }', 'myNodes(first: 100) { nodes { id status earnings(granularity: EPOCH) { amount } } }', 'dashboard { totalNodes earningsSeries { amount } }', 'nodes(first: 100) { totalCount }', 'systemStats { users }', 'mySupportRequests(first: 100) { nodes { id user { email } } }'];
  const fanout = (levels, branch) => {
    let s = `query { ...F0 } `;
    for (let i = 0; i < levels; i++) s += `fragment F${i} on Query { ${Array.from({ length: branch }, () => `...F${i + 1}`).join(' ')} } `;
    return `${s}fragment F${levels} on Query { serverInfo { name } }`;
  };

  const STRUCTURAL = {
    'deep selection': () => R.pick([
      () => ({ body: J(nestInvalid(R.pick([11, 12, 20, 64, 300]))) }),
      () => { const d = R.int(3, 25); return { body: J(`{ __type(name: "Node") { fields { type { ${'ofType { '.repeat(d)}name${' }'.repeat(d)} } } } }`) }; },
      () => { const d = R.pick([6, 8, 12]); return { body: J(`{ __schema { types { ${'fields { type { '.repeat(d)}name${' } }'.repeat(d)} } } }`) }; },
      () => { const d = R.pick([100, 1000, 3000]); return { body: J(`{ myNodes { nodes { ${'... on Node { '.repeat(d)}id${' }'.repeat(d)} } } }`) }; },
      () => { const d = R.pick([2000, 5000, 10_000]); return { body: J(`{ ${'a { '.repeat(d)}b${' }'.repeat(d)} }`) }; },
      () => { const d = R.pick([1000, 5000, 20_000]); return { body: J(`{ users(search: ${'['.repeat(d)}"x"${']'.repeat(d)}) { totalCount } }`) }; },
      () => ({ body: J('{ myNodes(first: 5) { edges { node { hardware { mlNodes { models } gpus { type count } } inferenceJobs(first: 5) { edges { node { validatedBy } } } } } } }') }),
      () => ({ body: J('{ mySupportRequests { edges { node { user { notificationPreferences { nodeDown } } assignedTo { email } } } } }') }),
    ])(),
    'alias flood': () => R.pick([
      () => ({ body: J(aliasesOf(R.pick([31, 100, 500, 2000]), R.pick(COSTLY))) }),
      () => ({ body: J(aliasesOf(30, R.pick(COSTLY))) }),
      () => ({ body: J(`{ ${Array.from({ length: 30 }, (_, i) => `a${i}: node(id: "${R.pick([...world.victimNodes, ...world.otherNodes])}") { id earnings(granularity: EPOCH) { amount } statusHistory { at } }`).join(' ')} }`) }),
      () => ({ body: J(`{ me { ${'id '.repeat(R.pick([100, 1000, 5000]))}} }`) }),
      () => ({ body: J(`{ me { ${Array.from({ length: R.pick([50, 500]), }, (_, i) => `id${i}: id`).join(' ')} } }`) }),
      () => ({ body: J(`mutation { ${Array.from({ length: R.pick([5, 31, 100]) }, (_, i) => `r${i}: createSupportRequest(input: { type: OTHER }) { id }`).join(' ')} }`), mutation: 'createSupportRequest', aliased: true }),
    ])(),
    'fragments / cycles': () => R.pick([
      () => ({ body: J('query { ...A } fragment A on Query { ...A }') }),
      () => ({ body: J('query { ...A } fragment A on Query { ...B } fragment B on Query { me { id } ...A }') }),
      () => { const n = R.pick([10, 50, 300]); return { body: J(`query { ...F0 } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ...F${(i + 1) % n} }`).join(' ')}`) }; },
      () => { const n = R.pick([100, 1000, 3000]); return { body: J(`query { ...F0 } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ${i === n - 1 ? 'serverInfo { name }' : `...F${i + 1}`} }`).join(' ')}`) }; },
      () => ({ body: J(fanout(R.int(8, 21), 2)) }),
      () => ({ body: J(fanout(R.int(3, 6), R.pick([8, 10]))) }),
      () => ({ body: J('query { ...Missing }') }),
      () => ({ body: J('query { ...F } fragment F on User { id }') }),
      () => ({ body: J('query { me { ...F } } fragment F on User { id } fragment F on User { email }') }),
      () => ({ body: J('query { me { ... on Node { id } } }') }),
      () => ({ body: J(`query { me { ...U } } fragment U on User { ${'...U2 '.repeat(500)} } fragment U2 on User { id email }`) }),
    ])(),
    'huge document': () => R.pick([
      () => ({ body: J(`# ${'x'.repeat(R.pick([50_000, 95_000]))}\n{ serverInfo { name } }`) }),
      () => ({ body: J(`{ ${' '.repeat(90_000)}serverInfo { name } }`) }),
      () => ({ body: J(`{ ${'__typename '.repeat(R.pick([5000, 8000]))}}`) }),
      () => ({ body: J(`{ serverInfo { name } }${' '.repeat(2_000_000)}`) }),
      () => ({ body: J(`{ users(search: "${'y'.repeat(95_000)}") { totalCount } }`) }),
      () => ({ body: J(`{ ${'me,'.repeat(20_000)} }`) }),
      () => ({ body: J(`{ me(${'a: 1, '.repeat(5000)}) { id } }`) }),
      () => ({ body: J(`query (${Array.from({ length: 3000 }, (_, i) => `$v${i}: Int`).join(', ')}) { serverInfo { name } }`) }),
      () => ({ body: J(`{ serverInfo @skip(if: false) ${'@include(if: true) '.repeat(3000)}{ name } }`) }),
    ])(),
    'many operations': () => {
      const n = R.pick([2, 10, 100, 500]);
      const ops = Array.from({ length: n }, (_, i) => `query Op${i} { serverInfo { name } }`).join(' ');
      return R.pick([
        () => ({ body: J(ops) }),
        () => ({ body: J(ops, undefined, `Op${R.int(0, n - 1)}`) }),
        () => ({ body: J(ops, undefined, 'Nope') }),
        () => ({ body: JSON.stringify({ query: ops, operationName: R.pick([123, {}, ['Op0'], true, '']) }) }),
        () => ({ body: J('query A { me { id } } query A { serverInfo { name } }', undefined, 'A') }),
        () => ({ body: J('{ me { id } } query B { serverInfo { name } }', undefined, 'B') }),
        () => ({ body: J('query A { me { id } } mutation B { logout }', undefined, 'A') }),
        () => ({ body: J(`${ops} subscription S { me { id } }`, undefined, 'S') }),
        () => ({ body: J('subscription { serverInfo { name } }') }),
      ])();
    },
    'batched array': () => {
      const one = () => R.pick([{ query: '{ serverInfo { name } }' }, { query: '{ me { id email } }' }, { query: 'mutation { createSupportRequest(input: { type: OTHER }) { id } }' }]);
      return R.pick([
        () => ({ body: JSON.stringify(Array.from({ length: R.pick([1, 2, 10, 100]) }, one)), mutation: 'createSupportRequest', batched: true }),
        () => ({ body: '[]' }),
        () => ({ body: JSON.stringify([[one()]]) }),
        () => ({ body: JSON.stringify([1, 'x', null, true]) }),
        () => ({ body: JSON.stringify([one(), '{ me { id } }']) }),
      ])();
    },
    'invalid JSON body': () => ({
      body: R.pick([
        () => '{', () => '{"query": "{ me { id } }"', () => 'null', () => '"x"', () => '42', () => 'true', () => '{"query": 123}', () => '{"query": null}', () => '{"query": ""}',
        () => '{"query": ["{ me { id } }"]}', () => '{"query": {"a": 1}}', () => '{"variables": []}', () => '\u0000\u0001', () => "{'query': '{ me { id } }'}",
        () => '{"query": "{ me { id } }",}', () => '{"query": "{ me { id } }" /* c */}', () => '\ufeff{"query":"{ serverInfo { name } }"}', () => '{"query":"{ serverInfo { name } }"} trailing',
        () => '{"query":"{ serverInfo { name } }","query":"{ me { id } }"}', () => `{"query": "{ serverInfo { name } }", "variables": {"a": 1e400}}`, () => '{"query": "\\ud800"}',
        () => '{"query": "\\u0000"}', () => Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x7d]), () => `${'['.repeat(R.pick([1000, 50_000]))}${']'.repeat(1000)}`,
        () => `{"a":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_001)}`, () => '{"__proto__": {"query": "{ me { id } }"}}', () => '{"query": "{ me { id } }", "extensions": "x"}',
        () => '{"query": "{ serverInfo { name } }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}', () => '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "00"}}}',
        () => Buffer.from('{"query":"{ serverInfo { name } }"}', 'utf16le'), () => '',
      ])(),
    }),
    'wrong content type / method': () => {
      const body = J('{ serverInfo { name } }');
      return R.pick([
        () => ({ contentType: R.pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/graphql', 'application/xml', 'text/html', 'application/json; charset=utf-16', 'application/json; charset=latin1', 'application/jsonx', '*/*', 'application/graphql-response+json']), body }),
        () => ({ contentType: null, body }),
        () => ({ contentType: 'application/x-www-form-urlencoded', body: 'query=%7B%20me%20%7B%20id%20%7D%20%7D&variables=x' }),
        () => ({ contentType: 'application/graphql', body: '{ me { id } }' }),
        () => ({ method: R.pick(['PUT', 'DELETE', 'PATCH']), body }),
        () => ({ method: 'OPTIONS' }),
        () => ({ method: 'HEAD', path: '/graphql?query=%7B%20serverInfo%20%7B%20name%20%7D%20%7D' }),
      ])();
    },
    'GET requests': () => {
      const q = (query, extra = '') => `/graphql?query=${encodeURIComponent(query)}${extra}`;
      return { method: 'GET', contentType: null, preflight: R.chance(0.6), ...R.pick([
        () => ({ path: q('{ serverInfo { name } }') }),
        () => ({ path: q('{ me { id email } }') }),
        () => ({ path: q('mutation { createSupportRequest(input: { type: OTHER }) { id } }'), mutation: 'createSupportRequest' }),
        () => ({ path: q('query ($n: Int) { myNodes(first: $n) { totalCount } }', `&variables=${encodeURIComponent(R.pick(['{"n": "x"}', '{bad', '[]', '{"n": 1e400}']))}`) }),
        () => ({ path: q('{ __schema { types { name } } }') }),
        () => ({ path: q('{ serverInfo { name } }', `&operationName=${R.pick(['x', '', '%00'])}&extensions=%7Bbad`) }),
        () => ({ path: q(`{ users(search: "${'z'.repeat(R.pick([5000, 20_000, 100_000]))}") { totalCount } }`) }),
        () => ({ path: '/graphql' }),
        () => ({ path: '/graphql?query=%E0%A4%A&variables=%' }),
        () => ({ path: `/graphql?${Array.from({ length: 2000 }, (_, i) => `query=${i}`).join('&')}` }),
      ])() };
    },
    'variables: wrong JSON types': () => {
      const query = 'query V($first: Int, $f: NodesFilterInput, $o: NodeOrderInput) { myNodes(first: $first, filter: $f, orderBy: $o) { totalCount } }';
      return R.pick([
        () => ({ body: JSON.stringify({ query, variables: R.pick(['x', [], 5, true, '{"first": 1}', [{ first: 1 }]]) }) }),
        () => ({ body: JSON.stringify({ query, variables: { first: R.pick([[1], { n: 1 }, '1', true, null]), f: R.pick(['x', [], 5, { status: 'HEALTHY' }, { status: [['HEALTHY']] }]), o: R.pick([{ field: 'NAME', direction: 'asc' }, 'NAME', [], { field: null }]) } }) }),
        () => ({ body: `{"query": ${JSON.stringify(query)}, "variables": {"__proto__": {"first": 1, "isAdmin": true}, "constructor": {"prototype": {"x": 1}}}}` }),
        () => ({ body: JSON.stringify({ query, variables: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`x${i}`, i])) }) }),
        () => ({ body: JSON.stringify({ query: 'query ($u: ID!) { supportRequest(id: $u) { id } }', variables: { u: R.pick([null, {}, [R.uuid()], 1.5, true]) } }) }),
        () => ({ body: JSON.stringify({ query: 'query ($u: ID!) { supportRequest(id: $u) { id } }' }) }),
        () => ({ body: JSON.stringify({ query: 'query ($u: Undeclared) { serverInfo { name } }', variables: { u: 1 } }) }),
        () => ({ body: JSON.stringify({ query: '{ serverInfo { name } }', variables: { unused: 'x'.repeat(50_000) } }) }),
      ])();
    },
    introspection: () => R.pick([
      () => ({ body: J(G.getIntrospectionQuery()) }),
      () => ({ body: J('{ __schema { types { name fields { name } } } }') }),
      () => ({ body: J('{ __type(name: "User") { fields { name type { name } } } }') }),
      () => ({ body: J('query ($n: String!) { __type(name: $n) { name } }', { n: R.pick(['Query', 'Mutation', 'UserEntity', '__Schema', '']) }) }),
      () => ({ body: J('fragment F on Query { __schema { queryType { name } } } { ...F }') }),
      () => ({ body: J('{ ... on Query { s: __schema { mutationType { fields { name } } } } }') }),
      () => ({ body: J('{ serverInfo { name } a: __type(name: "SystemStats") { fields { name } } }') }),
      () => ({ body: J('{ __typename serverInfo { __typename } }') }),
    ])(),
    'forged tokens': () => ({ auth: R.pick(TOKENS()), body: J(R.pick(['{ me { id email role } }', '{ systemStats { users } }', '{ myNodes { totalCount } }', 'mutation { logout }'])) }),
  };

  // ----------------------------------------------------------------------------------- the mix
  const argClasses = Object.keys(CLASSES).map((c) => [c, c === 'valid-looking' ? 6 : 3]);
  const structural = Object.keys(STRUCTURAL).map((c) => [c, 3]);
  const mix = [...argClasses.map(([c, w]) => [{ kind: 'args', c }, w]), ...structural.map(([c, w]) => [{ kind: 'structural', c }, w])];

  return function nextCase() {
    const pickFrom = R.weighted(mix);
    const role = R.weighted([['anonymous', 3], ['customer', 4], ['admin', 3]]);
    if (pickFrom.kind === 'args') {
      const { site, position } = R.pick(TARGETS[pickFrom.c]);
      const made = fuzzSite(pickFrom.c, site, position);
      return { category: pickFrom.c, role, method: 'POST', path: '/graphql', contentType: 'application/json', ...made };
    }
    const made = STRUCTURAL[pickFrom.c]();
    const body = made.body;
    const strings = typeof body === 'string' ? [...(made.strings ?? []), ...(body.length < 200_000 ? [body] : [])] : [];
    return { category: pickFrom.c, role: made.auth ? 'forged token' : role, method: 'POST', path: '/graphql', contentType: 'application/json', target: `(${pickFrom.c})`, ...made, strings };
  };
}

// ----------------------------------------------------------------------------------- classify
const LEAK = new RegExp(
  [
    String.raw`\bat \S+ \(`, String.raw`\bat (?:async |new )?\/`, 'node_modules', 'node:internal', '/work/', String.raw`\/(?:home|usr|opt|srv|root)\/`, String.raw`dist\/src`, String.raw`\.(?:ts|js|mjs|cjs):\d+`,
    String.raw`\b(?:SELECT .* FROM|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b`, 'QueryFailedError', 'EntityNotFound', 'TypeORM', 'driverError', 'syntax error at or near', 'duplicate key value',
    'violates .*constraint', 'relation "', String.raw`column "[^"]*" (?:of relation|does not exist)`, 'invalid input syntax for', 'invalid byte sequence', 'out of range for type',
    String.raw`date\/time field value out of range`, 'null value in column', 'value too long for type', 'invalid input value for enum', String.raw`"(?:sqlState|routine|internalQuery|constraint|detail|hint)"\s*:`,
    String.raw`"code"\s*:\s*"\d{2}[0-9A-Z]{3}"`, 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOENT', String.raw`127\.0\.0\.1:\d+`, String.raw`localhost:\d+`, String.raw`\/chain-api\/`,
    String.raw`\/hyperfusion\/`, String.raw`\/v1\/epochs`, 'stacktrace', 'TypeError', 'ReferenceError', 'RangeError', 'Maximum call stack', 'Cannot read prop', 'Cannot set prop', 'is not a function',
    'undefined is not', 'password_hash', 'passwordHash', 'jwt malformed', 'invalid signature', 'JWT_SECRET',
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
    needles.add(s).add(esc(s)).add(esc(esc(s)));
  }
  for (const n of [...needles].sort((a, b) => b.length - a.length)) if (n.length >= 3 && out.includes(n)) out = out.split(n).join('«echo»');
  return out;
}

function graphqlBodies(text) {
  try {
    const body = JSON.parse(text);
    const list = Array.isArray(body) ? body : [body];
    return list.every((b) => b && typeof b === 'object' && ('data' in b || 'errors' in b)) ? list : undefined;
  } catch {
    return undefined;
  }
}

function classify(c, r, mode, world) {
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
    out.outcome = out.ise ? (out.codes.includes('INTERNAL_SERVER_ERROR') ? 'INTERNAL_SERVER_ERROR' : 'NO_CODE') : out.codes[0] ?? (bodies.every((b) => b.data) ? 'OK' : 'EMPTY');
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
          if ((value !== null && value !== undefined) || partial) out.accepted.push({ field: c.mutation, value: value ?? null, partial, input: c.mutationInput });
        }
      }
    }
  }
  const clean = scrub(r.text, c.strings ?? []);
  const m = LEAK.exec(clean) ?? (mode === 'production' ? SUGGESTION.exec(clean) : null);
  if (m) out.leak = clean.slice(Math.max(0, m.index - 80), m.index + 120);
  else if (mode === 'production' && c.role !== 'admin' && bodies?.some((b) => b.data && (b.data.__schema || b.data.__type || JSON.stringify(b.data).includes('"__schema"')))) out.leak = 'schema introspection answered to a non-admin in production';
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

// ------------------------------------------------------------------------------------ the world
async function prepare(stack) {
  const addrs = stack.sim.addresses();
  const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  const [victim] = await seedCustomers(stack.dbUrl, { users: 1, perUser: 5, identifiers: addrs.slice(50, 55), prefix: 'victim' });
  const [other] = await seedCustomers(stack.dbUrl, { users: 1, perUser: 3, identifiers: addrs.slice(60, 63), prefix: 'other' });
  const [admin] = await sql(stack.dbUrl, `INSERT INTO users (email, password_hash, role) VALUES ('hostile-admin@bench.test', 'x', 'admin') RETURNING id, email, role`);
  await sql(stack.dbUrl, `UPDATE users SET password_hash = $1 WHERE email LIKE '%@bench.test'`, [hash]);
  await sql(stack.dbUrl, `INSERT INTO nodes (identifier, identifier_type, display_name) SELECT unnest($1::text[]), 'wallet', 'spare'`, [addrs.slice(70, 74)]);
  const requests = await sql(
    stack.dbUrl,
    `INSERT INTO support_requests (user_id, type, quantity, comments, status)
     SELECT u, t, 2, 'seed', s FROM unnest($1::uuid[], $2::text[], $3::text[]) AS x(u, t, s) RETURNING id, user_id`,
    [[victim.id, victim.id, victim.id, other.id, other.id], ['new_node', 'support', 'other', 'new_node', 'other'], ['pending', 'in_progress', 'completed', 'pending', 'rejected']],
  );
  const nodeIds = async (userId) => (await sql(stack.dbUrl, `SELECT node_id FROM user_nodes un JOIN nodes n ON n.id = un.node_id WHERE user_id = $1 ORDER BY n.identifier`, [userId])).map((r) => r.node_id);
  await sql(stack.dbUrl, `INSERT INTO activity_events (user_id, kind, message) SELECT u, 'request_update', 'seed ' || g FROM unnest($1::uuid[]) u, generate_series(1, 3) g`, [[victim.id, other.id]]);
  stack.sim.advanceEpoch();
  await stack.get(RefresherService).refreshNow();
  const tokens = { customer: stack.token(victim), admin: stack.token(admin) };
  // Real cursors of every kind (offset, uuid keyset, bigint keyset), to tamper with and to reuse.
  const cursorQueries = [
    ['customer', '{ myNodes(first: 1) { pageInfo { endCursor } } mySupportRequests(first: 1) { pageInfo { endCursor } } dashboard { recentActivity(first: 1) { pageInfo { endCursor } } } }'],
    ['admin', '{ nodes(first: 1) { pageInfo { endCursor } } users(first: 1) { pageInfo { endCursor } } supportRequests(first: 1) { pageInfo { endCursor } } }'],
  ];
  const cursors = [];
  for (const [role, q] of cursorQueries) {
    const r = await stack.gql(q, undefined, tokens[role]);
    JSON.stringify(r.data ?? {}, (k, v) => (k === 'endCursor' && v ? cursors.push(v) : v));
  }
  const victimNodes = await nodeIds(victim.id);
  const otherNodes = await nodeIds(other.id);
  const otherIdentifiers = addrs.slice(60, 63);
  const victimRequests = requests.filter((r) => r.user_id === victim.id).map((r) => r.id);
  const otherRequests = requests.filter((r) => r.user_id === other.id).map((r) => r.id);
  return {
    victim, other, admin, tokens, cursors: cursors.length ? cursors : ['bzow'],
    victimNodes, otherNodes, otherIdentifiers, victimRequests, otherRequests,
    unowned: addrs.slice(70, 74),
    emails: [victim.email, other.email, admin.email, 'nobody@bench.test'],
    // gonka1… addresses are public chain data (e.g. InferenceJob.validatedBy lists other hosts): only
    // the portal's own rows count as someone else's data for a customer.
    foreignForCustomer: [other.email, ...otherNodes, ...otherRequests],
    foreignForAnonymous: [victim.email, other.email, admin.email, ...victimNodes, ...otherNodes, ...addrs.slice(50, 55), ...otherIdentifiers, ...victimRequests, ...otherRequests],
  };
}

/** Rows of the tables hostile traffic must not touch except through accepted mutations. */
async function snapshot(dbUrl) {
  const q = (text) => sql(dbUrl, text);
  return {
    users: await q(`SELECT id, email, role, password_hash FROM users`),
    nodes: await q(`SELECT id, identifier, identifier_type FROM nodes`),
    user_nodes: await q(`SELECT un.user_id || '/' || un.node_id AS id, un.user_id, un.node_id, n.identifier FROM user_nodes un JOIN nodes n ON n.id = un.node_id`),
    support_requests: await q(`SELECT id, user_id, status, admin_notes, assigned_to FROM support_requests`),
  };
}

/**
 * Compares two snapshots; every added, removed or changed row must be explained by an executed
 * mutation (matched by what was sent: identifiers, user ids, emails; or by the id answered).
 */
function verify(before, after, accepted) {
  const by = (field) => accepted.filter((a) => a.field === field);
  const ids = (field, get) => new Set(by(field).map(get).filter((x) => x !== undefined && x !== null).map((x) => String(x).toLowerCase()));
  const created = ids('createSupportRequest', (a) => a.value?.id);
  const createdUnknown = by('createSupportRequest').filter((a) => !a.value?.id).length;
  const updated = new Set([...ids('updateSupportRequest', (a) => a.value?.id), ...ids('updateSupportRequest', (a) => a.input?.id)]);
  const registered = ids('register', (a) => (typeof a.input?.input?.email === 'string' ? a.input.input.email.trim() : undefined));
  const assignedIdentifiers = ids('assignNode', (a) => a.input?.input?.identifier);
  const assignedPairs = ids('assignNode', (a) => `${a.input?.input?.userId}/${a.input?.input?.identifier}`);
  const unassigned = ids('unassignNode', (a) => a.input?.input?.nodeId);
  const passwordChanged = by('changePassword').length;
  const rows = [];
  for (const table of Object.keys(before)) {
    const b = new Map(before[table].map((r) => [r.id, r]));
    const a = new Map(after[table].map((r) => [r.id, r]));
    const added = [...a.keys()].filter((k) => !b.has(k));
    const removed = [...b.keys()].filter((k) => !a.has(k));
    const changed = [...a.keys()].filter((k) => b.has(k) && JSON.stringify(a.get(k)) !== JSON.stringify(b.get(k)));
    let unexplained = [];
    if (table === 'users') {
      unexplained = [...added.filter((k) => !registered.has(a.get(k).email.toLowerCase())), ...removed, ...changed.filter((k) => {
        const x = b.get(k), y = a.get(k);
        return x.email !== y.email || x.role !== y.role || (x.password_hash !== y.password_hash && !passwordChanged);
      })];
    } else if (table === 'nodes') {
      unexplained = [...added.filter((k) => !assignedIdentifiers.has(a.get(k).identifier.toLowerCase())), ...removed, ...changed];
    } else if (table === 'user_nodes') {
      unexplained = [...added.filter((k) => !assignedPairs.has(`${a.get(k).user_id}/${a.get(k).identifier}`.toLowerCase())), ...removed.filter((k) => !unassigned.has(b.get(k).node_id))];
    } else if (table === 'support_requests') {
      unexplained = [...added.filter((k) => !created.has(k)).slice(createdUnknown), ...[...created].filter((k) => !a.has(k)), ...removed, ...changed.filter((k) => !updated.has(k))];
    }
    const show = (k) => { const { password_hash: _h, ...row } = a.get(k) ?? b.get(k) ?? { id: k }; return JSON.stringify(row); };
    rows.push({ table, before: b.size, after: a.size, added: added.length, removed: removed.length, changed: changed.length, 'unexplained (target 0)': unexplained.length, _unexplained: unexplained.map(show) });
  }
  return rows;
}

// ----------------------------------------------------------------------------------------- send
async function send(stack, world, c) {
  const headers = {};
  if (c.contentType) headers['content-type'] = c.contentType;
  if (c.preflight) headers['apollo-require-preflight'] = 'true';
  if (c.role === 'customer') headers.authorization = `Bearer ${world.tokens.customer}`;
  else if (c.role === 'admin') headers.authorization = `Bearer ${world.tokens.admin}`;
  else if (c.role === 'forged token') headers.authorization = c.auth;
  const started = performance.now();
  try {
    const hasBody = !['GET', 'HEAD', 'OPTIONS'].includes(c.method) && c.body !== undefined;
    const res = await fetch(`${stack.url}${c.path}`, { method: c.method, headers, body: hasBody ? c.body : undefined, signal: AbortSignal.timeout(TIMEOUT_MS) });
    const text = await res.text();
    return { status: res.status, text, ms: performance.now() - started };
  } catch (e) {
    return { thrown: `${e.name}: ${e.message}`, ms: performance.now() - started };
  }
}

const clip = (s, n = 700) => {
  if (s === undefined) return '';
  const t = Buffer.isBuffer(s) ? `<${s.length} bytes: ${s.toString('hex').slice(0, 60)}…>` : String(s);
  return t.length > n ? `${t.slice(0, n)}… (${t.length} chars)` : t;
};

async function drill(mode, n, seed) {
  return withStack({ NODE_ENV: mode, SIMULATOR_PARTICIPANTS: '100' }, async (stack) => {
    const world = await prepare(stack);
    const R = prng(seed);
    const nextCase = makeGenerator(R, world);
    const before = await snapshot(stack.dbUrl);
    const started = Date.now();
    // Cases are generated in order as the pool takes them (generation is synchronous, so the seed
    // alone decides them); big bodies and answers are clipped once classified, to bound memory.
    const results = await pool(n, CONCURRENCY, async () => {
      const c = { ...nextCase(), mode };
      const r = await send(stack, world, c);
      const k = classify(c, r, mode, world);
      delete c.strings;
      delete c.mutationInput;
      for (const a of k.accepted) if (a.input) a.input = toJson(a.input);
      if (c.body !== undefined && (Buffer.isBuffer(c.body) || c.body.length > 4000)) c.body = clip(c.body, 4000);
      if (r.text && r.text.length > 4000) r.text = clip(r.text, 4000);
      return { c, r, k };
    });
    const seconds = (Date.now() - started) / 1000;
    const crashed = results.find((x) => x.thrown);
    if (crashed) throw crashed.thrown; // a bug of the drill itself, not of the server
    const after = await snapshot(stack.dbUrl);
    const db = verify(before, after, results.flatMap((x) => x.k.accepted));
    const alive = await stack.gql('{ serverInfo { name } }').then((r) => r.data?.serverInfo?.name === 'MineGNK').catch(() => false);
    return { mode, results, db, alive, seconds };
  });
}

// ----------------------------------------------------------------------------------------- main
async function main() {
  header('drill: hostile GraphQL requests (issue #6)');
  console.log(`seed: ${SEED} (same seed → same requests; ids of seeded rows are picked by position)`);
  console.log(`reproduce: ${commandLine().replace(/ --seed=\d+/, '')} --seed=${SEED}`);
  console.log(`schema: ${ROOTS.length} root fields (${ROOTS.filter((r) => r.kind === 'query').length} Query, ${ROOTS.filter((r) => r.kind === 'mutation').length} Mutation), ${SITES.length} argument sites incl. nested fields; ${Object.values(TARGETS).reduce((s, t) => s + t.length, 0)} (class, position) targets`);
  const runs = [];
  const perMode = Math.round(TOTAL / MODES.length);
  for (const [i, mode] of MODES.entries()) runs.push(await drill(mode, i === MODES.length - 1 ? TOTAL - perMode * (MODES.length - 1) : perMode, (SEED + i * 0x9e3779b9) >>> 0));
  const all = runs.flatMap((r) => r.results);

  // Table 1: category × outcome.
  const outcomes = new Map();
  for (const { k } of all) outcomes.set(k.outcome, (outcomes.get(k.outcome) ?? 0) + 1);
  const outcomeCols = [...outcomes.entries()].sort((a, b) => b[1] - a[1]).map(([o]) => o);
  const lostOf = ({ r, k }) => k.ise || k.leak || k.foreign || r.thrown || r.status >= 500;
  const catRow = (label, list) => {
    const row = { category: label, sent: list.length };
    for (const o of outcomeCols) row[o] = list.filter((x) => x.k.outcome === o).length || '';
    const statuses = {};
    for (const { r } of list) if (!r.thrown) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    row.HTTP = Object.entries(statuses).map(([s, n]) => `${s}:${n}`).join(' ');
    row['5xx'] = list.filter((x) => x.r.status >= 500).length;
    row.ISE = list.filter((x) => x.k.ise).length;
    row.leaks = list.filter((x) => x.k.leak).length;
    row['foreign data'] = list.filter((x) => x.k.foreign).length;
    row['no answer'] = list.filter((x) => x.r.thrown).length;
    row[`slow ≥${SLOW_MS / 1000}s`] = list.filter((x) => !x.r.thrown && x.r.ms >= SLOW_MS).length;
    return row;
  };
  const categories = [...new Set(all.map((x) => x.c.category))];
  const catRows = categories.sort().map((cat) => catRow(cat, all.filter((x) => x.c.category === cat)));
  catRows.push(catRow('TOTAL', all));
  table(`requests by category × outcome (first error code of the answer; OK = data, no errors), both modes, ${all.length} requests`, catRows);

  // Table 1b: every error of every answer, by extensions.code.
  const codeRows = new Map();
  for (const run of runs) {
    for (const { k } of run.results) {
      for (const code of k.codes) {
        const row = codeRows.get(code) ?? codeRows.set(code, { 'extensions.code': code, production: 0, development: 0, total: 0 }).get(code);
        row[run.mode]++;
        row.total++;
      }
    }
  }
  table('errors by extensions.code (every error of every GraphQL answer; a request can carry several)', [...codeRows.values()].sort((a, b) => b.total - a.total));

  // Table 2: mode × role.
  const roleRows = [];
  for (const run of runs) {
    for (const role of ['anonymous', 'customer', 'admin', 'forged token']) {
      const list = run.results.filter((x) => x.c.role === role);
      if (!list.length) continue;
      const ms = list.filter((x) => !x.r.thrown).map((x) => x.r.ms).sort((a, b) => a - b);
      roleRows.push({ mode: run.mode, role, sent: list.length, OK: list.filter((x) => x.k.outcome === 'OK').length, refused: list.filter((x) => x.k.outcome !== 'OK').length, ISE: list.filter((x) => x.k.ise).length, leaks: list.filter((x) => x.k.leak).length, 'foreign data': list.filter((x) => x.k.foreign).length, 'no answer': list.filter((x) => x.r.thrown).length, 'p50 ms': percentile(ms, 50), 'p99 ms': percentile(ms, 99), 'max ms': ms.at(-1) });
    }
  }
  table(`by mode and role (${runs.map((r) => `${r.mode}: ${r.results.length} requests in ${r.seconds.toFixed(1)} s`).join(', ')}; ${CONCURRENCY} in flight)`, roleRows);

  // Table 3: schema coverage, per argument site.
  const siteRows = [];
  for (const target of [...new Set(all.filter((x) => !x.c.target.startsWith('(')).map((x) => x.c.target))].sort()) {
    const list = all.filter((x) => x.c.target === target);
    const codes = {};
    for (const { k } of list) if (k.outcome !== 'OK') codes[k.outcome] = (codes[k.outcome] ?? 0) + 1;
    const top = Object.entries(codes).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([c, n]) => `${c} ${n}`).join(', ');
    siteRows.push({ 'argument site': target, sent: list.length, anon: list.filter((x) => x.c.role === 'anonymous').length, customer: list.filter((x) => x.c.role === 'customer').length, admin: list.filter((x) => x.c.role === 'admin').length, OK: list.filter((x) => x.k.outcome === 'OK').length, 'top refusals': top, ISE: list.filter((x) => x.k.ise).length, leaks: list.filter((x) => x.k.leak).length });
  }
  table('schema coverage: requests per argument site (fuzzed arguments; structural attacks not included)', siteRows);

  // Table 4: accepted mutations and the database check.
  const accRows = [];
  for (const run of runs) {
    const counts = {};
    for (const { c, k } of run.results) {
      for (const a of k.accepted) {
        const row = (counts[a.field] ??= { mode: run.mode, mutation: a.field, executed: 0, 'answered with data': 0, 'nested field failed (data null)': 0, anonymous: 0, customer: 0, admin: 0 });
        row.executed++;
        row[a.partial ? 'nested field failed (data null)' : 'answered with data']++;
        if (row[c.role] !== undefined) row[c.role]++;
      }
    }
    accRows.push(...Object.values(counts).sort((x, y) => x.mutation.localeCompare(y.mutation)));
  }
  table('mutations the server executed (valid input: legitimate, counted apart; they explain the rows below)', accRows);
  table('database after the run: rows of tables hostile traffic must not touch except through accepted mutations', runs.flatMap((r) => r.db.map(({ _unexplained, ...row }) => ({ mode: r.mode, ...row }))));
  for (const run of runs) for (const row of run.db) if (row._unexplained.length) console.log(`unexplained ${run.mode} ${row.table} rows:\n  ${row._unexplained.slice(0, 10).join('\n  ')}`);

  // Examples of each kind of loss.
  const kinds = [
    ['INTERNAL_SERVER_ERROR', (x) => x.k.ise],
    ['leak', (x) => x.k.leak],
    ['foreign data', (x) => x.k.foreign],
    ['HTTP 5xx', (x) => !x.r.thrown && x.r.status >= 500],
    ['no answer', (x) => x.r.thrown],
  ];
  for (const [kind, test] of kinds) {
    const hits = all.filter(test);
    if (!hits.length) continue;
    const seen = new Set();
    const distinct = [];
    for (const x of hits) {
      const errs = graphqlBodies(x.r.text ?? '')?.flatMap((b) => (b.errors ?? []).map((e) => `${(e.path ?? []).join('.')}:${e.extensions?.code}`)) ?? [];
      const shape = x.c.target.startsWith('(') ? String(x.c.body ?? x.c.path).replace(/\d+/g, 'N').slice(0, 50) : x.c.target;
      const sig = `${x.c.category}|${shape}|${errs.join(',') || x.r.status || x.r.thrown}`;
      if (seen.has(sig)) continue;
      seen.add(sig);
      distinct.push(x);
      if (distinct.length >= 10) break;
    }
    console.log(`\n### ${kind}: ${hits.length} requests, ${distinct.length} distinct examples`);
    for (const [i, x] of distinct.entries()) {
      console.log(`\n${i + 1}. [${x.c.mode}, ${x.c.role}, ${x.c.category}, ${x.c.target}] ${x.c.method} ${clip(x.c.path, 200)}${x.c.contentType ? ` (${x.c.contentType})` : ''}`);
      if (x.c.body !== undefined) console.log(`   request:  ${clip(x.c.body)}`);
      console.log(`   response: ${x.r.thrown ? `${x.r.thrown} after ${Math.round(x.r.ms)} ms` : `HTTP ${x.r.status} in ${Math.round(x.r.ms)} ms: ${clip(x.r.text)}`}`);
      if (kind === 'leak') console.log(`   matched:  …${x.k.leak}…`);
      if (kind === 'foreign data') console.log(`   matched:  ${x.k.foreign}`);
    }
  }
  const slow = all.filter((x) => !x.r.thrown && x.r.ms >= SLOW_MS).sort((a, b) => b.r.ms - a.r.ms);
  if (slow.length) {
    console.log(`\n### slowest answers (≥ ${SLOW_MS} ms: ${slow.length}; not counted as lost, but a hostile request should be refused fast)`);
    const seen = new Set();
    for (const x of slow) {
      const sig = `${x.c.category}|${clip(x.c.body, 80)}`;
      if (seen.has(sig) || seen.size >= 5) continue;
      seen.add(sig);
      console.log(`- ${Math.round(x.r.ms)} ms [${x.c.mode}, ${x.c.role}, ${x.c.category}] HTTP ${x.r.status}: ${clip(x.c.body, 300)} → ${clip(x.r.text, 160)}`);
    }
  }

  const count = (f) => all.filter(f).length;
  const ise = count((x) => x.k.ise);
  const leaks = count((x) => x.k.leak);
  const foreign = count((x) => x.k.foreign);
  const noAnswer = count((x) => x.r.thrown);
  const http5xx = count((x) => !x.r.thrown && x.r.status >= 500);
  const unexplained = runs.reduce((s, r) => s + r.db.reduce((t, row) => t + row._unexplained.length, 0), 0);
  const dead = runs.filter((r) => !r.alive).length;
  const lost = count(lostOf) + unexplained + dead;
  table('totals', [{ sent: all.length, seed: SEED, INTERNAL_SERVER_ERROR: ise, leaks, 'foreign data': foreign, 'HTTP 5xx': http5xx, 'no answer': noAnswer, 'unexplained rows': unexplained, 'server dead after': dead, 'lost (target 0)': lost }]);
  console.log(`server still answering normal queries afterwards: ${dead ? 'NO' : 'yes'} (${runs.map((r) => `${r.mode}: ${r.alive ? 'yes' : 'NO'}`).join(', ')})`);
  console.log(`lost (requests with INTERNAL_SERVER_ERROR, a leak, foreign data, a 5xx or no answer; unexplained rows; a dead server): ${lost}`);
  return lost > 0 ? 1 : 0;
}

run(main, stopEmbedded);
