import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { EMPTY_FILTERS, NODE_SORTS, NODE_STATUS_FILTERS, type NodeFilterValues } from '../../components/NodeFilters/NodeFilters';
import type { NodeStatus } from '../../gql/graphql';

export interface NodeListState {
  filters: NodeFilterValues;
  /** 1-based page of the list. */
  page: number;
}

// Bounds a hand-edited URL: a longer text or a farther page is a mistake, not a wish.
const MAX_TEXT = 200;
const MAX_PAGE = 10_000;

const text = (raw: string | null) => (raw ?? '').slice(0, MAX_TEXT);

/**
 * The node list's filters, sort and page as the URL keeps them (`?q=&status=HEALTHY,JAILED&gpu=&sort=&page=`).
 * Anything unknown or malformed falls back to the default for that part, so an old or edited link
 * still opens the list.
 */
export function parseNodeListParams(params: URLSearchParams): NodeListState {
  const statuses = (params.get('status') ?? '').split(',');
  const status = NODE_STATUS_FILTERS.filter((s) => statuses.includes(s));
  // Keep the order the link gave (it is the order the user picked them in), without repeats.
  status.sort((a, b) => statuses.indexOf(a) - statuses.indexOf(b));
  const sort = NODE_SORTS.find((s) => s === params.get('sort')) ?? EMPTY_FILTERS.sort;
  const rawPage = params.get('page') ?? '';
  const page = /^\d{1,5}$/.test(rawPage) ? Math.min(MAX_PAGE, Math.max(1, Number(rawPage))) : 1;
  return { filters: { search: text(params.get('q')), status: status as NodeStatus[], gpu: text(params.get('gpu')), sort }, page };
}

/** The inverse of parseNodeListParams; defaults are left out so the plain list has a plain URL. */
export function toNodeListParams({ filters, page }: NodeListState): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search) params.set('q', filters.search);
  if (filters.status.length) params.set('status', filters.status.join(','));
  if (filters.gpu) params.set('gpu', filters.gpu);
  if (filters.sort !== EMPTY_FILTERS.sort) params.set('sort', filters.sort);
  if (page > 1) params.set('page', String(page));
  return params;
}

/** Whether any filter narrows the list (the sort does not). */
export function isFiltered(f: NodeFilterValues) {
  return Boolean(f.search.trim() || f.gpu.trim() || f.status.length);
}

/** The list state read from and written to the URL; each change is a history entry (back undoes it). */
export function useNodeListParams() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseNodeListParams(params), [params]);
  const setState = useCallback(
    (next: NodeListState) => {
      const params = toNodeListParams(next);
      setParams(params);
      return params;
    },
    [setParams],
  );
  return { ...state, search: params.toString(), setState };
}
