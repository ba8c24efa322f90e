/**
 * Concurrent callers asking for the same key share one in-flight promise. The entry is dropped as
 * soon as it settles: this de-duplicates bursts (e.g. many resolvers starting at once) and caches
 * nothing — caching belongs to the cache layer above the adapters.
 */
export class SingleFlight {
  private readonly inFlight = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const existing = this.inFlight.get(key);
    if (existing) return existing as Promise<T>;
    const promise = work().finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, promise);
    return promise;
  }

  get size(): number {
    return this.inFlight.size;
  }

  /**
   * Resolves once nothing is in flight, including work started while waiting (a settling job may
   * start another): lets tests and benchmarks wait for background work without sleeping.
   */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight.values()]);
  }
}
