/**
 * Cosmos SDK list pagination: `pagination.limit` (default 100), `pagination.offset`, opaque
 * `pagination.key` (the `next_key` of the previous page) and `pagination.count_total`.
 */
export const DEFAULT_PAGE_LIMIT = 100;

export interface Page<T> {
  items: T[];
  pagination: { next_key: string | null; total: string };
}

export function paginate<T>(all: readonly T[], query: URLSearchParams): Page<T> {
  const limitParam = Number(query.get('pagination.limit'));
  const limit = Number.isInteger(limitParam) && limitParam > 0 ? limitParam : DEFAULT_PAGE_LIMIT;
  const key = query.get('pagination.key');
  const offset = key ? decodeKey(key) : Math.max(0, Number(query.get('pagination.offset')) || 0);
  const items = all.slice(offset, offset + limit);
  const end = offset + items.length;
  return {
    items,
    pagination: {
      next_key: end < all.length ? Buffer.from(`o:${end}`).toString('base64') : null,
      // Like the SDK, the total is only counted when asked for.
      total: query.get('pagination.count_total') === 'true' ? String(all.length) : '0',
    },
  };
}

function decodeKey(key: string): number {
  const match = /^o:(\d+)$/.exec(Buffer.from(key.replace(/ /g, '+'), 'base64').toString('utf8'));
  return match ? Number(match[1]) : 0;
}
