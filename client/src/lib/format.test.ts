import { describe, expect, it } from 'vitest';
import { formatGnk, shortIdentifier, sumGnk } from './format';

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
