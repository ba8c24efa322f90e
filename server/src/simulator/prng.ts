/**
 * Deterministic randomness. Every simulated fact is a pure hash of (seed, topic, keys), so any
 * epoch or host can be recomputed on demand in any order and two simulators with the same seed
 * agree without sharing state.
 */

/** Topics keep draws for different facts independent even when their other keys coincide. */
export const Topic = {
  address: 1,
  profile: 2,
  offline: 3,
  jail: 4,
  exclusion: 5,
  highMiss: 6,
  workload: 7,
  weightJitter: 8,
  claim: 9,
  signature: 10,
  validatorKey: 11,
  identity: 12,
  throughput: 13,
  flakiness: 14,
} as const;

/** murmur3 finaliser: cheap, well-mixed 32-bit avalanche. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash of up to five integer keys (fixed arity avoids allocating on hot paths). */
export function hash32(seed: number, topic: number, a = 0, b = 0, c = 0): number {
  let h = fmix32((seed | 0) ^ 0x9e3779b9);
  h = fmix32(h ^ Math.imul(topic | 0, 0x27d4eb2f));
  h = fmix32(h ^ Math.imul(a | 0, 0x165667b1));
  h = fmix32(h ^ Math.imul(b | 0, 0x85ebca77));
  return fmix32(h ^ Math.imul(c | 0, 0xc2b2ae3d));
}

/** Uniform draw in [0, 1) for a (seed, topic, keys) tuple. */
export function draw(seed: number, topic: number, a = 0, b = 0, c = 0): number {
  return hash32(seed, topic, a, b, c) / 0x1_0000_0000;
}

/** Sequential generator (mulberry32) for building one entity's many attributes. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  }

  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks by relative weights, e.g. [['H100', 45], ['A100', 20]]. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [item, w] of entries) {
      r -= w;
      if (r < 0) return item;
    }
    return entries[entries.length - 1][0];
  }

  bytes(length: number): Uint8Array {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i++) out[i] = Math.floor(this.next() * 256);
    return out;
  }

  hex(byteLength: number): string {
    return Buffer.from(this.bytes(byteLength)).toString('hex');
  }
}
