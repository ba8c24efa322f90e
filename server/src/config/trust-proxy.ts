import { isIP } from 'node:net';
import { z } from 'zod';

/** Express's `trust proxy` value: who may say, in X-Forwarded-For/-Proto, what the client's address and scheme are. */
export type TrustProxy = boolean | number | string[];

const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** An address, a subnet (`10.0.0.0/8`, `fd00::/8`) or one of proxy-addr's named ranges. */
function isProxyEntry(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address, prefix, extra] = entry.split('/');
  const family = isIP(address);
  if (!family || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * `TRUST_PROXY`: `false` (default: X-Forwarded-* ignored, the socket peer is the client), `true`
 * (trust every hop: only when nothing can reach the port but the proxy), a number of proxy hops, or
 * a comma-separated list of proxy addresses/subnets. Checked here because Express would only throw
 * on a bad entry at the first request.
 */
export const trustProxySetting = z.string().transform((raw, ctx): TrustProxy => {
  const value = raw.trim().toLowerCase();
  if (value === 'false' || value === 'off') return false;
  if (value === 'true' || value === 'on') return true;
  if (/^\d+$/.test(value)) return Number(value);
  const entries = value
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const bad = entries.filter((e) => !isProxyEntry(e));
  if (!entries.length || bad.length) {
    ctx.addIssue({
      code: 'custom',
      message: `expected false, true, a number of proxy hops or a list of proxy addresses/subnets${bad.length ? ` (not one: ${bad.join(', ')})` : ''}`,
    });
    return z.NEVER;
  }
  return entries;
});
