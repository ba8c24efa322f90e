/**
 * SSRF guard for the URLs users give us (webhook and Discord targets): http(s) only, and in
 * production no address on loopback, private, link-local, CGNAT, unique-local, unspecified or
 * multicast ranges unless NOTIFY_ALLOW_PRIVATE_TARGETS=true. Checked when a channel is created and
 * again on every send, at connect time (`guardedLookup`), so a DNS answer that changes after the
 * check (rebinding) cannot point a delivery at the internal network.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/** Why a target was refused; the message is safe to show to the user. */
export class OutboundUrlRefused extends Error {
  /** `transient`: the host did not resolve (DNS may answer later), as opposed to a refused address. */
  constructor(
    message: string,
    readonly transient = false,
  ) {
    super(message);
    this.name = 'OutboundUrlRefused';
  }
}

const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // unspecified / "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // CGNAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local (cloud metadata lives here)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  blocked.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128],
  ['fc00::', 7], // unique-local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}

/** True for addresses a public notification target must not resolve to. */
export function isPrivateAddress(ip: string): boolean {
  const family = isIP(ip);
  if (family === 4) return blocked.check(ip, 'ipv4');
  if (family !== 6) return true; // not an address at all: refuse rather than guess
  const lower = ip.toLowerCase();
  // IPv4-mapped (::ffff:a.b.c.d or ::ffff:7f00:1) and NAT64 (64:ff9b::) reach the embedded v4 address.
  const mapped = /^(?:::ffff:|64:ff9b::)(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/.exec(lower);
  if (mapped) {
    const v4 = mapped[1] ?? hexPairToV4(mapped[2], mapped[3]);
    return blocked.check(v4, 'ipv4');
  }
  return blocked.check(lower, 'ipv6');
}

function hexPairToV4(high: string, low: string): string {
  const h = Number.parseInt(high, 16);
  const l = Number.parseInt(low, 16);
  return `${h >> 8}.${h & 255}.${l >> 8}.${l & 255}`;
}

export type LookupAll = (host: string) => Promise<LookupAddress[]>;

const lookupAll: LookupAll = (host) =>
  new Promise((resolve, reject) => dnsLookup(host, { all: true }, (err, addresses) => (err ? reject(err) : resolve(addresses))));

/** The hostname without IPv6 brackets. */
function bareHost(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/**
 * The parsed URL when it may be called; throws OutboundUrlRefused otherwise. `allowPrivate`: outside
 * production (local receivers in development and tests) or NOTIFY_ALLOW_PRIVATE_TARGETS=true.
 */
export async function assertOutboundUrl(raw: string, allowPrivate: boolean, lookup: LookupAll = lookupAll): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new OutboundUrlRefused('must be an http(s) URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new OutboundUrlRefused('must be an http(s) URL');
  if (url.username || url.password) throw new OutboundUrlRefused('must not contain a user name or password');
  if (allowPrivate) return url;
  const host = bareHost(url);
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await lookup(host)).map((a) => a.address);
    } catch {
      throw new OutboundUrlRefused(`host ${host} does not resolve`, true);
    }
  }
  if (addresses.length === 0) throw new OutboundUrlRefused(`host ${host} does not resolve`, true);
  if (addresses.some(isPrivateAddress)) {
    throw new OutboundUrlRefused(`host ${host} is a loopback, private or link-local address (not allowed in production)`);
  }
  return url;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http.request: resolves like dns.lookup, then refuses private answers (unless
 * allowed), so the address connected to is the address checked.
 */
export function guardedLookup(allowPrivate: boolean) {
  return (host: string, options: { all?: boolean }, callback: LookupCallback): void => {
    dnsLookup(host, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const bad = !allowPrivate && addresses.some((a) => isPrivateAddress(a.address));
      if (bad) {
        const refused: NodeJS.ErrnoException = new OutboundUrlRefused(`host ${host} resolves to a private address`);
        refused.code = 'EPRIVATETARGET';
        return callback(refused, []);
      }
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
