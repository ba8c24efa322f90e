import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Decimal as GlobalDecimal } from 'decimal.js';
import { Decimal, ngonkaToGnk, ngonkaValue, parseDecimal, roundFiat, sumFiat } from './money.js';

describe('money', () => {
  it('ngonka → GNK is exact, from bigint or integer string, and refuses anything else', () => {
    assert.equal(ngonkaToGnk(1n).toFixed(), '0.000000001');
    assert.equal(ngonkaToGnk('123456789012345678901').toFixed(), '123456789012.345678901');
    assert.equal(ngonkaToGnk(-2_500_000_000n).toFixed(), '-2.5');
    for (const bad of ['1.5', '1e9', '', 'abc', ' 12 3']) assert.throws(() => ngonkaToGnk(bad), RangeError, bad);
  });

  it('rounds half-even to the minor unit with fixed decimals', () => {
    const cases: Array<[string, string]> = [
      ['0.125', '0.12'],
      ['0.135', '0.14'],
      ['0.145', '0.14'],
      ['2.5', '2.50'],
      ['0.005', '0.00'],
      ['0.015', '0.02'],
      ['-0.125', '-0.12'],
      ['-0.001', '0.00'],
      ['0.1250000000001', '0.13'],
      ['12345678901234567890.995', '12345678901234567891.00'],
    ];
    for (const [input, expected] of cases) assert.equal(roundFiat(new Decimal(input), 'USD'), expected, input);
    assert.equal(roundFiat(new Decimal('7'), 'EUR'), '7.00');
  });

  it('uses no floats: 0.1 + 0.2 is 0.3 and a tiny ngonka amount times a price stays exact', () => {
    assert.equal(sumFiat(['0.1', '0.2'], 'USD'), '0.30');
    assert.equal(ngonkaValue(1n, '0.1').toFixed(), '0.0000000001');
    // 3 GNK at 0.1 + 7 ngonka at 0.2: a float would print 0.30000000000000004...
    assert.equal(ngonkaValue(3_000_000_007n, '0.1').toFixed(), '0.3000000007');
    assert.throws(() => parseDecimal('NaN'), RangeError);
    assert.throws(() => parseDecimal('1e3'), RangeError);
    assert.throws(() => parseDecimal('Infinity'), RangeError);
  });

  it('ignores the global Decimal configuration', () => {
    const saved = GlobalDecimal.rounding;
    GlobalDecimal.set({ rounding: GlobalDecimal.ROUND_UP, precision: 5 });
    try {
      assert.equal(roundFiat(new Decimal('0.125'), 'USD'), '0.12');
      assert.equal(ngonkaToGnk('123456789012345').toFixed(), '123456.789012345');
    } finally {
      GlobalDecimal.set({ rounding: saved, precision: 20 });
    }
  });

  it('a sum of rounded lines equals the total of those lines, over many lines', () => {
    // A deterministic walk of 1,000 lines of ngonka × price, each rounded once.
    let seed = 42n;
    const lines: string[] = [];
    let cents = 0n;
    for (let i = 0; i < 1000; i++) {
      seed = (seed * 6364136223846793005n + 1442695040888963407n) % 2n ** 63n;
      const ngonka = seed % 10n ** 13n;
      const price = `0.${(seed % 1_000_000n).toString().padStart(6, '0')}`;
      const line = roundFiat(ngonkaValue(ngonka, price), 'USD');
      lines.push(line);
      // Independent integer check: the line in cents.
      const [whole, frac] = line.split('.');
      cents += BigInt(whole) * 100n + BigInt(frac);
    }
    const total = sumFiat(lines, 'USD');
    assert.equal(total, `${cents / 100n}.${(cents % 100n).toString().padStart(2, '0')}`);
  });
});
