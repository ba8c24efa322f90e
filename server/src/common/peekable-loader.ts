import DataLoader from 'dataloader';

/**
 * A per-request DataLoader that also remembers what its batches returned, so a field resolver can
 * answer synchronously once the request holds the value (`peek`). graphql-js then completes the
 * object without a promise per field — on a 50-node table that is hundreds of promises a request.
 */
export class PeekableLoader<K, V> {
  private readonly loader: DataLoader<K, V>;
  private readonly settled = new Map<K, V>();

  constructor(batch: (keys: readonly K[]) => Promise<readonly (V | Error)[]>) {
    this.loader = new DataLoader<K, V>(async (keys) => {
      const values = await batch(keys);
      values.forEach((v, i) => {
        if (!(v instanceof Error)) this.settled.set(keys[i], v);
      });
      return values;
    });
  }

  load(key: K): Promise<V> {
    return this.loader.load(key);
  }

  /** Loads keys in one batch; errors are left for the fields that need them. */
  async prefetch(keys: readonly K[]): Promise<void> {
    await this.loader.loadMany(keys);
  }

  /** A value another query already read (e.g. columns of the list query): no batch for it. */
  prime(key: K, value: V): void {
    this.settled.set(key, value);
    this.loader.prime(key, value);
  }

  /** `pick(value)` now when this request already has the value, else after loading it. */
  pick<R>(key: K, pick: (value: V) => R): R | Promise<R> {
    return this.settled.has(key) ? pick(this.settled.get(key) as V) : this.loader.load(key).then(pick);
  }
}
