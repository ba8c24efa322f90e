import DataLoader from 'dataloader';

const perRequest = new WeakMap<object, Map<string, DataLoader<string, unknown>>>();

/**
 * A DataLoader that lives as long as one request's context (keyed by the context object, so it
 * is never shared between users), for the alerts domain's own fields.
 */
export function requestLoader<V>(ctx: object, name: string, batch: (ids: readonly string[]) => Promise<(V | null)[]>): DataLoader<string, V | null> {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = new Map();
    perRequest.set(ctx, loaders);
  }
  let loader = loaders.get(name) as DataLoader<string, V | null> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V | null>((ids) => batch(ids));
    loaders.set(name, loader as DataLoader<string, unknown>);
  }
  return loader;
}
