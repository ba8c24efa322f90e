import { LRUCache } from 'lru-cache';

interface Window {
  count: number;
  resetsAt: number;
}

/**
 * Counters in fixed time windows, one per key, kept in process memory (bounded): behind several
 * instances each enforces its own limits, which still caps abuse at a small multiple.
 */
export class FixedWindows {
  private readonly windows: LRUCache<string, Window>;

  constructor(private readonly windowSeconds: number) {
    this.windows = new LRUCache<string, Window>({ max: 100_000, ttl: windowSeconds * 1000 });
  }

  /** Seconds until `key` drops below `limit` again; 0 while it is under the limit. */
  wait(key: string, limit: number, now = Date.now()): number {
    const window = this.windows.get(key);
    if (!window || window.resetsAt <= now || window.count < limit) return 0;
    return Math.max(1, Math.ceil((window.resetsAt - now) / 1000));
  }

  add(key: string, now = Date.now()): void {
    const current = this.windows.get(key);
    const window = current && current.resetsAt > now ? current : { count: 0, resetsAt: now + this.windowSeconds * 1000 };
    window.count++;
    this.windows.set(key, window);
  }

  delete(key: string): void {
    this.windows.delete(key);
  }
}
