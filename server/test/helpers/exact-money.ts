import assert from 'node:assert/strict';

/**
 * The tests' own exact arithmetic for money expectations (BigInt, no decimal.js: the code under test
 * uses decimal.js, so an expectation computed with it would share its mistakes).
 */

/** Decimal text → integer scaled by 10^scale, exactly (fails on more decimals than the scale). */
export function scaled(text: string, scale: number): bigint {
  const negative = text.startsWith('-');
  const [whole, frac = ''] = text.replace('-', '').split('.');
  assert.ok(frac.length <= scale, `${text} has more than ${scale} decimals`);
  const v = BigInt(whole + frac.padEnd(scale, '0'));
  return negative ? -v : v;
}

/** Non-negative integer at 10^scale → text with 2 decimals, rounded half-even. */
export function centsHalfEven(value: bigint, scale: number): string {
  const divisor = 10n ** BigInt(scale - 2);
  let cents = value / divisor;
  const rest = value % divisor;
  if (rest * 2n > divisor || (rest * 2n === divisor && cents % 2n === 1n)) cents += 1n;
  return `${cents / 100n}.${(cents % 100n).toString().padStart(2, '0')}`;
}

/** Σ GNK (9 decimals) × price (≤ 18 decimals) over the lines, rounded once to cents, half-even. */
export function exactValue(lines: readonly { gnk: string; price: string }[]): string {
  return centsHalfEven(
    lines.reduce((s, r) => s + scaled(r.gnk, 9) * scaled(r.price, 18), 0n),
    27,
  );
}
