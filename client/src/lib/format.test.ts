import { describe, expect, it } from 'vitest';
import { formatClock, formatCompactNumber, formatGnk, formatUnitPrice, gnkToNumber, shortIdentifier, sumGnk } from './format';
import { parseCompactNumber } from '../test/compact-number';

describe('formatGnk', () => {
  it('formats exact decimal strings with grouping and rounding', () => {
    expect(formatGnk('48552.031736571')).toBe('48,552.03');
    expect(formatGnk('0.005000000')).toBe('0.01');
    expect(formatGnk('9.999999999')).toBe('10.00');
    expect(formatGnk('123456789012345678.5', 0)).toBe('123,456,789,012,345,679');
  });
  it('uses the locale separators', () => {
    expect(formatGnk('1234.5', 1, 'ru').replace(/\s/g, ' ')).toBe('1 234,5');
  });
  it('shows a dash for missing values', () => {
    expect(formatGnk(null)).toBe('—');
  });
});

describe('sumGnk', () => {
  it('adds without floating point error', () => {
    expect(sumGnk(['0.100000000', '0.200000000'])).toBe('0.300000000');
    expect(sumGnk(['1', '2.5', '-0.25'])).toBe('3.250000000');
  });
});

describe('shortIdentifier', () => {
  it('keeps both ends of long gonka addresses', () => {
    expect(shortIdentifier('gonka1qyqszqgpqyqszqgpqyqszqgpqyqszqgpabcdef')).toBe('gonka1qyqs…abcdef');
  });
});

describe('formatCompactNumber (chart axes)', () => {
  // Ticks as recharts picks them for maxima from 80 GNK to 1.2M GNK, incl. the 172k bar of #15.
  const tickSets = [
    [0, 20, 40, 60, 80],
    [0, 2500, 5000, 7500, 10000],
    [0, 45000, 90000, 135000, 180000],
    [0, 172000.123456789],
    [0, 300000, 600000, 900000, 1200000],
    [0, 1250000, 1500000, 1750000],
    [1.5, 2.25, 3],
  ];
  it.each(['en', 'ru'])('gives short labels that grow with the value (%s)', (locale) => {
    for (const ticks of tickSets) {
      const labels = ticks.map((v) => formatCompactNumber(v, locale));
      const read = labels.map((l) => parseCompactNumber(l, locale));
      for (let i = 1; i < read.length; i++) expect(read[i], labels.join(' / ')).toBeGreaterThan(read[i - 1]!);
      for (const label of labels) expect(label.length, label).toBeLessThanOrEqual(8);
    }
  });
  it('uses the language of the UI', () => {
    expect(formatCompactNumber(172000, 'en')).toBe('172K');
    expect(formatCompactNumber(1200000, 'en')).toBe('1.2M');
    expect(formatCompactNumber(172000, 'ru').replace(/\s/g, ' ')).toBe('172 тыс.');
    expect(formatCompactNumber(1200000, 'ru').replace(/\s/g, ' ')).toBe('1,2 млн');
  });
});

describe('gnkToNumber', () => {
  it('plots exact decimal strings as numbers without dropping digits', () => {
    expect(gnkToNumber('172000.123456789')).toBeCloseTo(172000.123456789, 6);
    expect(gnkToNumber('1200000')).toBe(1200000);
    expect(gnkToNumber(null)).toBe(0);
    expect(gnkToNumber('not a number')).toBe(0);
  });
});

describe('formatUnitPrice (the header price line)', () => {
  it('keeps 4 significant digits under 1, 2 decimals from 1, rounding on the string', () => {
    expect(formatUnitPrice('0.91345678')).toBe('0.9135');
    expect(formatUnitPrice('0.004213')).toBe('0.004213');
    expect(formatUnitPrice('0.5')).toBe('0.50');
    expect(formatUnitPrice('1.505')).toBe('1.51');
    expect(formatUnitPrice('1234.5', 'ru')).toMatch(/^1\s234,50$/);
    expect(formatUnitPrice(null)).toBe('—');
  });
});

describe('formatClock', () => {
  it('is the local hour and minute today (another day: the date and time, see PriceLine.test)', () => {
    const today = new Date();
    today.setHours(9, 7, 0, 0);
    expect(formatClock(today.toISOString())).toBe('09:07');
    expect(formatClock('nope')).toBe('—');
  });
});
