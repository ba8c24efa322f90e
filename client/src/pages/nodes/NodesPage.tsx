import { Button, Group, Paper, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { NodeOrderInput, NodesFilterInput } from '../../gql/graphql';
import { PageHeader } from '../../components/PageHeader/PageHeader';
import { NodeTable } from '../../components/NodeTable/NodeTable';
import { NodeFilters, EMPTY_FILTERS, type NodeFilterValues } from '../../components/NodeFilters/NodeFilters';
import { StatsFreshness } from '../../components/StatsFreshness/StatsFreshness';
import { EmptyNodes } from '../../components/EmptyNodes/EmptyNodes';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { TableSkeleton } from '../../components/TableSkeleton/TableSkeleton';
import { PagePagination } from '../../components/PagePagination/PagePagination';
import { useLiveUpdates } from '../../lib/useLiveUpdates';
import { isFiltered, useNodeListParams } from './nodeListParams';

const PAGE_SIZE = 10;
/** The server's largest page (`first`, 1..100). */
const MAX_FIRST = 100;

const NodesPageQuery = graphql(`
  query NodesPage($first: Int!, $after: String, $filter: NodesFilterInput, $orderBy: NodeOrderInput) {
    myNodes(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...StatsFreshness_node
          ...NodeTable_node
        }
      }
    }
    price {
      source
    }
  }
`);

/**
 * Filters and sorting run on the server. The query asks for every row up to the shown page, so a
 * reload or a poll re-reads exactly what is on screen; past MAX_FIRST rows, pages are fetched on
 * (cursor pages merged by the cache policy).
 */
function toVariables(f: NodeFilterValues, page: number) {
  const filter: NodesFilterInput = {};
  if (f.search.trim()) filter.search = f.search.trim();
  if (f.gpu.trim()) filter.gpuType = f.gpu.trim();
  if (f.status.length) filter.status = f.status;
  const orderBy: NodeOrderInput | null = f.sort === 'NEWEST' ? null : { field: f.sort, direction: f.sort === 'EARNINGS_TOTAL' ? 'DESC' : 'ASC' };
  return { first: Math.min(MAX_FIRST, page * PAGE_SIZE), filter: Object.keys(filter).length ? filter : null, orderBy };
}

const sameText = (a: NodeFilterValues, b: NodeFilterValues) => a.search === b.search && a.gpu === b.gpu;

export default function NodesPage() {
  const { t } = useTranslation();
  // The URL holds the list state; the text fields keep a draft so typing is not a navigation per key.
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

  const variables = toVariables(filters, page);
  const query = useQuery(NodesPageQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
    // A failing upstream nulls only the fields that need it (shown as —): keep the rows.
    errorPolicy: 'all',
  });
  const { data, loading, error, refetch, fetchMore } = query;
  const { refresh, mode } = useLiveUpdates(query, { nodeStatus: true });

  const conn = data?.myNodes;
  const edges = conn?.edges ?? [];
  const pages = Math.max(1, Math.ceil((conn?.totalCount ?? 0) / PAGE_SIZE));
  const shownPage = Math.min(page, pages);
  const visible = edges.slice((shownPage - 1) * PAGE_SIZE, shownPage * PAGE_SIZE).map((e) => e.node);
  // Beyond MAX_FIRST rows (or a page opened from a link): fetch on until the shown page is loaded.
  const missing = Math.min(MAX_FIRST, shownPage * PAGE_SIZE - edges.length);
  const endCursor = conn?.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null;
  useEffect(() => {
    if (!loading && endCursor && missing > 0) void fetchMore({ variables: { after: endCursor, first: missing } });
  }, [loading, endCursor, missing, fetchMore]);
  const filtered = isFiltered(filters);

  const header = (
    <PageHeader
      title={t('nodes.title')}
      description={conn ? t('format.nodes', { count: conn.totalCount }) : undefined}
      actions={
        <>
          {conn && <StatsFreshness nodes={visible} mode={mode} onRefresh={refresh} refreshing={loading} />}
          <Button component={Link} to="/requests/new" leftSection={<IconPlus size={16} />} variant="light">
            {t('nav.addNode')}
          </Button>
        </>
      }
    />
  );

  if (error && !data)
    return (
      <>
        {header}
        <ErrorState error={error} onRetry={() => void refetch()} />
      </>
    );
  if (!filtered && data && edges.length === 0)
    return (
      <>
        {header}
        <EmptyNodes />
      </>
    );

  return (
    <>
      {header}
      <NodeFilters
        value={draft}
        onChange={(next) => {
          setDraft(next);
          // Picks (status, sort) apply at once; text waits for typing to settle (above).
          if (sameText(next, draft)) show(next, 1);
        }}
      />
      {/* Rows exist but this page's are not loaded yet (a new page or filter; polls keep the rows). */}
      {loading && visible.length === 0 && (conn?.totalCount ?? 1) > 0 ? (
        <TableSkeleton />
      ) : (
        <Paper withBorder>
          {visible.length > 0 ? (
            <NodeTable nodes={visible} priceSource={data?.price?.source} />
          ) : (
            <Group justify="center" p="xl" gap="sm">
              <Text c="dimmed">{t('nodes.noMatch')}</Text>
              <Button
                variant="subtle"
                size="xs"
                onClick={() => {
                  setDraft(EMPTY_FILTERS);
                  show(EMPTY_FILTERS, 1);
                }}
              >
                {t('nodes.clearFilters')}
              </Button>
            </Group>
          )}
        </Paper>
      )}
      {pages > 1 && (
        <Group justify="center" mt="md">
          <PagePagination total={pages} value={shownPage} onChange={(p) => show(draft, p)} />
        </Group>
      )}
    </>
  );
}
