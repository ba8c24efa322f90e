// Hostile-requests drill: the seeded PRNG, how values become GraphQL literals or JSON variables, and
// the catalog of hostile values (injection, traversal, unicode, bad ids, dates, tokens).
// ---------------------------------------------------------------------------------------------- PRNG
export function prng(seed) {
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
      for (const [v, w] of entries) {
        x -= w;
        if (x < 0) return v;
      }
      return entries.at(-1)[0];
    },
    bytes: (n) => Buffer.from(Array.from({ length: n }, () => Math.floor(next() * 256))),
    hex: (n) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(next() * 16)]).join(''),
    uuid: () => {
      const h = R.hex(32);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
    },
  };
  return R;
}

// ------------------------------------------------------------------------- values: JSON and literals
/** An enum value: a bare name in a literal, a string in variables. */
export class Enum {
  constructor(name) {
    this.name = name;
  }
}
/** Literal-only text (e.g. a huge integer), with the JSON sent when the value goes in variables. */
export class Raw {
  constructor(text, json = text) {
    this.text = text;
    this.json = json;
  }
}

export function toLiteral(v) {
  if (v === null) return 'null';
  if (v instanceof Enum) return v.name;
  if (v instanceof Raw) return v.text;
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'NaN';
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v))
    return `[${v
      .filter((x) => x !== undefined)
      .map(toLiteral)
      .join(', ')}]`;
  return `{ ${Object.entries(v)
    .filter(([, x]) => x !== undefined)
    .map(([k, x]) => `${k}: ${toLiteral(x)}`)
    .join(', ')} }`;
}

export function toJson(v) {
  if (v instanceof Enum) return v.name;
  if (v instanceof Raw) return v.json;
  if (Array.isArray(v)) return v.filter((x) => x !== undefined).map(toJson);
  if (v && typeof v === 'object') {
    const out = {};
    for (const [k, x] of Object.entries(v))
      if (x !== undefined) Object.defineProperty(out, k, { value: toJson(x), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return v;
}

/**
 * Every string inside a value (echoes of them in error messages are not leaks). Iterative: the deep
 * JSON cases nest thousands of levels, which recursion here ran out of stack on.
 */
export function stringsOf(v, out = []) {
  const pending = [v];
  while (pending.length) {
    const x = pending.pop();
    if (typeof x === 'string') out.push(x);
    else if (x instanceof Enum) out.push(x.name);
    else if (x instanceof Raw) out.push(x.text);
    else if (Array.isArray(x)) for (let i = x.length - 1; i >= 0; i--) pending.push(x[i]);
    else if (x && typeof x === 'object') {
      const entries = Object.entries(x);
      // Pushed in reverse so each key comes out just before its value, in order.
      for (let i = entries.length - 1; i >= 0; i--) pending.push(entries[i][1], entries[i][0]);
    }
  }
  return out;
}

// ----------------------------------------------------------------------------------- value catalog
export const SQLI = [
  "' OR '1'='1",
  "' OR 1=1 --",
  "'; DROP TABLE users; --",
  '1; DELETE FROM nodes',
  "' UNION SELECT password_hash FROM users --",
  "x' AND pg_sleep(3) --",
  "%' OR email LIKE '%",
  "\\'; SELECT 1; --",
  "\"; UPDATE users SET role='admin' --",
  '$1',
  '%%%',
  '_',
  '\\',
  "')--",
  "' || (SELECT version()) || '",
];
export const TRAVERSAL = [
  '../../../../etc/passwd',
  '..%2f..%2f..%2fetc%2fpasswd',
  '....//....//etc/shadow',
  '/etc/passwd\u0000.png',
  'C:\\Windows\\win.ini',
  'file:///etc/passwd',
  '%s%s%s%s%n',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: template-injection probes, sent as plain text
  '${7*7}',
  '{{7*7}}',
  '#{7*7}',
  '__proto__',
  'constructor',
  'prototype',
  '<script>alert(1)</script>',
  '{"$ne": null}',
  'http://169.254.169.254/latest/meta-data/',
];
export const UNICODE = [
  '\u0000',
  'a\u0000b',
  '\u0000'.repeat(50),
  '\u0001\u0002\u0003\u001b[31m',
  '\r\n\r\nX-Injected: 1',
  '\t \u000b\u000c',
  '\u202eevil\u202c',
  '\u200b\u200c\u200d\ufeff',
  '𝕳𝖊𝖑𝖑𝖔 🐳🧨',
  'e\u0301\u0301\u0301\u0301',
  '\ud800',
  '\udfff\ud800',
  '\uffff\ufffe',
  'İıſK',
  'ＡＢＣ＠ｅｘａｍｐｌｅ．ｃｏｍ',
  '\u0085\u2028\u2029',
  '漢字'.repeat(40),
  '🏳️‍🌈'.repeat(30),
];
export const NANLIKE = ['NaN', 'Infinity', '-Infinity', '-0', '1e309', '0x10', ' 12 ', '1_000', '٣', '+1', '', 'null', 'undefined', '[]', '{}'];
export const BAD_UUIDS = [
  '1',
  '-1',
  '0',
  'null',
  'undefined',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '00000000-0000-0000-0000-00000000000G',
  '{00000000-0000-0000-0000-000000000000}',
  '000000000000000000000000000000000',
  '00000000000000000000000000000000',
  '0000000-0000-0000-0000-0000000000000',
  'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz',
  "00000000-0000-0000-0000-000000000000' OR '1'='1",
  ' 00000000-0000-0000-0000-000000000000',
  'urn:uuid:00000000-0000-0000-0000-000000000000',
];
export const BAD_DATES = [
  '2024-13-45T25:61:61Z',
  '2024-02-30T00:00:00Z',
  'yesterday',
  'NaN',
  '',
  '0',
  '2024',
  '1/2/2024',
  '+275760-09-13T00:00:00.001Z',
  '2024-01-01T00:00:00+99:00',
  'Invalid Date',
];
export const EXTREME_DATES = [
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00Z',
  '+099999-01-01T00:00:00Z',
  '99999-12-31T00:00:00Z',
  '-271821-04-20T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  '-004714-11-24T00:00:00Z',
  '1970-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '1969-12-31T23:59:59.999Z',
];
export const HUGE_INTS = [2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, -(2 ** 63), 1e21, 1e308];
export const TOKENS = () => [
  'Bearer',
  'Bearer ',
  'Bearer a.b.c',
  'bearer x',
  'Basic YTpi',
  'Token abc',
  `Bearer ${'A'.repeat(9_000)}`,
  'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIiwicm9sZSI6ImFkbWluIiwiZW1haWwiOiJ4QHkueiIsInNpZCI6IngifQ.',
  'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIiwicm9sZSI6ImFkbWluIn0.c2lnbmF0dXJl',
  'Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.e30.e30',
  'Bearer ../../../../etc/passwd',
  "Bearer ' OR 1=1 --",
  'Bearer \u00e9\u00e9',
  'Bearer x y z',
];
