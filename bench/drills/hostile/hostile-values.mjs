// Hostile-requests drill: one hostile value of a class from schema-targets.mjs for one argument
// position (wrong types, out-of-range numbers, injections, tampered cursors, bad bech32, deep inputs…).
import { G, isList, named } from './schema-targets.mjs';
import { BAD_DATES, BAD_UUIDS, EXTREME_DATES, HUGE_INTS, NANLIKE, SQLI, TRAVERSAL, UNICODE } from './hostile-catalog.mjs';
import { Enum, Raw } from './values.mjs';

const { isInputObjectType, isEnumType, getNamedType } = G;

/** `hostile(cls, position)` for the PRNG `R`, the seeded `world`, and `bech`/`iso` of the valid values. */
export function makeHostileValues(R, world, { bech, iso }) {
  const big = (n) => {
    const unit = R.pick(['x', 'é', '🧨', 'A1', ' ']);
    return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  };
  const b64 = (s) => Buffer.from(s).toString(R.chance(0.7) ? 'base64url' : 'base64');

  function wrongType(type) {
    const t = getNamedType(type);
    const list = isList({ type });
    if (list) return R.pick([{ a: 1 }, 'HEALTHY', 5, true]);
    if (isInputObjectType(t)) return R.pick(['string', 5, true, [{}], [], 1.5]);
    if (isEnumType(t)) return R.pick([new Raw(JSON.stringify(t.getValues()[0].name), t.getValues()[0].name.toLowerCase()), 1, true, { a: 1 }, ['X']]);
    switch (t.name) {
      case 'Int':
        return R.pick(['5', true, { n: 1 }, [1], 'abc']);
      case 'Boolean':
        return R.pick(['true', 1, 0, { a: true }, []]);
      case 'DateTime':
        return R.pick([true, { y: 2024 }, [], [2024], 1e20, -1]);
      case 'ID':
        return R.pick([true, 1.5, { id: 1 }, ['x'], 12345]);
      default:
        return R.pick([123, true, { a: 'b' }, ['a'], 1.5, -0]);
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
    const ts = R.pick([
      '2024-13-45 25:61:61',
      '0000-00-00 00:00:00',
      '2024-02-30 00:00:00',
      '2024-01-01 24:00:00',
      '9999-12-31 23:59:59.999999+14',
      '2024-01-01 00:00:00+99',
      '0001-01-01 00:00:00 BC',
      '1999-01-01T00:00:00Z',
      '2024-01-01 00:00:00.1234567',
    ]);
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
      case 'wrong type':
        return wrongType(p.type);
      case 'null for non-null':
        return null;
      case 'int out of range':
        return R.chance(0.5)
          ? R.pick([-1, 0, 101, -2147483648, 2147483647])
          : R.chance(0.7)
            ? R.pick(HUGE_INTS)
            : // biome-ignore lint/correctness/noPrecisionLoss: the literal is sent as raw text; the number only labels it
              new Raw('99999999999999999999999999', 99999999999999999999999999);
      case 'float for int':
        return R.pick([1.5, 0.1, -0.5, 99.999, 1e-9, 20.0000001]);
      case 'NaN-like string':
        return R.pick(NANLIKE);
      case 'empty / blank string':
        return R.pick(['', ' ', '   \t\n ', '\u00a0']);
      case 'oversize string':
        return big(R.pick([256, 2_001, 10_000, 65_000, 99_000, 1_048_576]));
      case 'unicode / control / NUL':
        return R.pick(UNICODE);
      case 'SQL injection':
        return R.pick(SQLI);
      case 'path traversal / format':
        return R.pick(TRAVERSAL);
      case 'invalid enum': {
        const v = R.pick(['FOO', 'healthy', 'HEALTHY_', 'ADMIN', 'null', 'true', '__proto__', 'DELETE', 'A'.repeat(1000)]);
        return isList(p) ? [new Enum(v)] : new Enum(v);
      }
      case 'bad cursor':
        return badCursor();
      case 'malformed UUID':
        return R.pick(BAD_UUIDS);
      case 'bad bech32':
        return badBech32();
      case 'huge list':
        return R.chance(0.7) ? Array.from({ length: R.pick([1000, 10_000]) }, () => new Enum('HEALTHY')) : [[new Enum('HEALTHY')]];
      case 'deep input object':
        return deepValue(p);
      case 'invalid date / range':
        if (t === 'DateRangeInput') {
          return R.pick([
            () => ({ from: iso(0), to: iso(10) }), // end before start
            () => ({ from: iso(800), to: iso(0) }), // longer than 366 days
            () => ({ from: R.pick(EXTREME_DATES), to: R.pick(EXTREME_DATES) }),
            () => {
              const d = R.pick(EXTREME_DATES);
              return { from: d, to: d };
            },
            () => ({ from: R.pick(EXTREME_DATES) }),
            () => ({ to: R.pick(EXTREME_DATES) }),
            () => ({ from: R.pick(BAD_DATES), to: iso(0) }),
          ])();
        }
        return R.chance(0.5) ? R.pick(EXTREME_DATES) : R.pick(BAD_DATES);
      default:
        throw new Error(`no generator for ${cls}`);
    }
  }

  return hostile;
}
