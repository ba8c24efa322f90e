import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { EMPTY_FILTERS, type NodeFilterValues } from '../../components/NodeFilters/NodeFilters';
import type { NodeOrderInput, NodesFilterInput } from '../../gql/graphql';
import { useNodeListParams } from './nodeListParams';

/** The server's largest page (`first`, 1..100). */
const MAX_FIRST = 100;

/**
 * Filters and sorting run on the server. The query asks for every row up to the shown page, so a
 * reload or a poll re-reads exactly what is on screen; past MAX_FIRST rows, pages are fetched on
 * (cursor pages merged by the cache policy, see usePageRows).
 */
export function toNodeListVariables(f: NodeFilterValues, page: number, pageSize: number) {
  const filter: NodesFilterInput = {};
  if (f.search.trim()) filter.search = f.search.trim();
  if (f.gpu.trim()) filter.gpuType = f.gpu.trim();
  if (f.status.length) filter.status = f.status;
  const orderBy: NodeOrderInput | null = f.sort === 'NEWEST' ? null : { field: f.sort, direction: f.sort === 'EARNINGS_TOTAL' ? 'DESC' : 'ASC' };
  return { first: Math.min(MAX_FIRST, page * pageSize), filter: Object.keys(filter).length ? filter : null, orderBy };
}

const sameText = (a: NodeFilterValues, b: NodeFilterValues) => a.search === b.search && a.gpu === b.gpu;

/**
 * A node list's filters, sort and page, held in the URL (so reload, back/forward and shared links
 * keep them), with a draft for the text fields so typing is not a navigation per key. Used by
 * My nodes and Admin → Nodes alike.
 */
export function useNodeListPage(pageSize: number) {
  const url = useNodeListParams();
  const { filters, page } = url;
  const [draft, setDraft] = useState<NodeFilterValues>(filters);
  const [typed] = useDebouncedValue(draft, 250);
  const written = useRef(url.search);
  const show = (next: NodeFilterValues, nextPage: number) => {
    written.current = new URLSearchParams(url.setState({ filters: next, page: nextPage })).toString();
  };
  // The URL changed without us (back/forward, a link): the inputs show what it says.
  useEffect(() => {
    if (url.search === written.current) return;
    written.current = url.search;
    setDraft(filters);
  }, [url.search, filters]);
  // Typing settled: the new text goes to the URL, from the first page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the settled text changes, not on every URL change.
  useEffect(() => {
    if (!sameText(typed, filters)) show({ ...filters, search: typed.search, gpu: typed.gpu }, 1);
  }, [typed.search, typed.gpu]);

  return {
    filters,
    page,
    draft,
    variables: toNodeListVariables(filters, page, pageSize),
    onFiltersChange(next: NodeFilterValues) {
      setDraft(next);
      // Picks (status, sort) apply at once; text waits for typing to settle (above).
      if (sameText(next, draft)) show(next, 1);
    },
    setPage: (p: number) => show(draft, p),
    clear() {
      setDraft(EMPTY_FILTERS);
      show(EMPTY_FILTERS, 1);
    },
  };
}

interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { node: T }[];
}

/** The rows of the shown page out of a connection holding every row up to it; fetches on while some are missing. */
export function usePageRows<T>(
  conn: Connection<T> | undefined,
  opts: { page: number; pageSize: number; loading: boolean; fetchMore(o: { variables: { after: string; first: number } }): unknown },
) {
  const { page, pageSize, loading, fetchMore } = opts;
  const edges = conn?.edges ?? [];
  const pages = Math.max(1, Math.ceil((conn?.totalCount ?? 0) / pageSize));
  const shownPage = Math.min(page, pages);
  const visible = edges.slice((shownPage - 1) * pageSize, shownPage * pageSize).map((e) => e.node);
  // Beyond MAX_FIRST rows (or a page opened from a link): fetch on until the shown page is loaded.
  const missing = Math.min(MAX_FIRST, shownPage * pageSize - edges.length);
  const endCursor = conn?.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null;
  useEffect(() => {
    if (!loading && endCursor && missing > 0) void fetchMore({ variables: { after: endCursor, first: missing } });
  }, [loading, endCursor, missing, fetchMore]);
  return { visible, pages, shownPage };
}
