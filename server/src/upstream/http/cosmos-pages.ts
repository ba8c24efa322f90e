import { UpstreamSchemaError, type UpstreamSource } from '../errors.js';

export interface CosmosPage<T> {
  items: T[];
  nextKey: string | null;
}

/** Cosmos list routes stop at `pagination.limit`; a node looping on next_key must not loop us. */
const MAX_PAGES = 50;

/**
 * Follows Cosmos `pagination.next_key` until the last page. `fetchPage` gets the query string to
 * append (limit first, then the key of the page to read).
 */
export async function collectCosmosPages<T>(
  source: UpstreamSource,
  route: string,
  limit: number,
  fetchPage: (query: string) => Promise<CosmosPage<T>>,
): Promise<T[]> {
  const items: T[] = [];
  let key: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const query: string = `pagination.limit=${limit}${key ? `&pagination.key=${encodeURIComponent(key)}` : ''}`;
    const result: CosmosPage<T> = await fetchPage(query);
    items.push(...result.items);
    if (!result.nextKey || result.nextKey === key) return items;
    key = result.nextKey;
  }
  throw new UpstreamSchemaError(source, route, 'pagination.next_key', `still paging after ${MAX_PAGES} pages`);
}
