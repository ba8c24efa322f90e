// Hostile-requests drill: the seeded PRNG and how values become GraphQL literals or JSON variables
// (the hostile values themselves are in hostile-catalog.mjs).
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
