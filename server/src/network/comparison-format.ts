/** Beyond this many decimals two different floats are noise, not a reason anyone reads. */
const MAX_DIGITS = 10;

/**
 * A value and the limit it was compared with, as text with the same number of decimals: `minDigits`,
 * or more until the two differ visibly — "0.897 < 0.900", never "0.90 < 0.90". Rounding is
 * monotonic, so once the texts differ they also show the right order.
 */
export function formatComparison(value: number, limit: number, minDigits: number): [string, string] {
  if (value === limit) return [value.toFixed(minDigits), limit.toFixed(minDigits)];
  for (let digits = minDigits; digits < MAX_DIGITS; digits++) {
    const pair: [string, string] = [value.toFixed(digits), limit.toFixed(digits)];
    if (pair[0] !== pair[1]) return pair;
  }
  return [value.toFixed(MAX_DIGITS), limit.toFixed(MAX_DIGITS)];
}
