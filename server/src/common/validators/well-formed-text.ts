/** A UTF-16 surrogate not paired with its other half (with the `u` flag, a proper pair is one code point). */
const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * Path (keys from the argument's root) of the first string holding a lone surrogate, or undefined.
 * JSON variables can carry one (`"\ud800"`); it has no UTF-8 form, so PostgreSQL would store U+FFFD
 * while the mutation echoed the original. (GraphQL's own parser already refuses it in literals.)
 */
export function findLoneSurrogate(value: unknown, path: string[] = []): string[] | undefined {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findLoneSurrogate(value[i], [...path, String(i)]);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findLoneSurrogate(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}
