/** Wire formats of the real services (timestamps, decimals, rates). */

/** Chain genesis and mainnet block time: historic timestamps (join_time) look like mainnet's. */
const GENESIS_MS = Date.parse('2025-08-22T08:42:00.713Z');
const MAINNET_BLOCK_MS = 6_020;
export const NEVER = '1970-01-01T00:00:00Z';

/** Go's RFC3339Nano: nanosecond precision with trailing zeros trimmed (chain-api, chain-rpc). */
export function rfc3339(ms: number): string {
  return new Date(Math.floor(ms)).toISOString().replace(/\.(\d{3})Z$/, (_, frac: string) => {
    const trimmed = frac.replace(/0+$/, '');
    return trimmed ? `.${trimmed}Z` : 'Z';
  });
}

/** CometBFT prints block times with all nine fractional digits. */
export function rfc3339Fixed9(ms: number): string {
  return new Date(Math.floor(ms)).toISOString().replace('Z', '000000Z');
}

/** Python's naive isoformat with microseconds (the tracker's cached_at / checked_at). */
export function pythonIso(ms: number): string {
  return new Date(Math.floor(ms)).toISOString().replace('Z', '000');
}

export function joinTimeMs(joinHeight: number): number {
  return GENESIS_MS + joinHeight * MAINNET_BLOCK_MS;
}

/** Cosmos `Decimal` as the inference module sends it: {value: "<int64>", exponent}. */
export function chainDecimal(value: number, exponent: number): { value: string; exponent: number } {
  return { value: String(Math.round(value * 10 ** -exponent)), exponent };
}

export function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
