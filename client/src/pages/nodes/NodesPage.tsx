import { Button, Group, Paper, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
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

const PAGE_SIZE = 10;

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
  }
`);

/** Filters and sorting run on the server; pages are cursor pages merged by the cache policy. */
function toVariables(f: NodeFilterValues) {
  const filter: NodesFilterInput = {};
  if (f.search.trim()) filter.search = f.search.trim();
  if (f.gpu.trim()) filter.gpuType = f.gpu.trim();
  if (f.status.length) filter.status = f.status;
  const orderBy: NodeOrderInput | null = f.sort === 'NEWEST' ? null : { field: f.sort, direction: f.sort === 'EARNINGS_TOTAL' ? 'DESC' : 'ASC' };
  return { first: PAGE_SIZE, filter: Object.keys(filter).length ? filter : null, orderBy };
}

export default function NodesPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<NodeFilterValues>(EMPTY_FILTERS);
  const [debounced] = useDebouncedValue(filters, 250);
  const [page, setPage] = useState(1);
  const variables = toVariables(debounced);
  const { data, loading, error, refetch, fetchMore } = useQuery(NodesPageQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
    // A failing upstream nulls only the fields that need it (shown as —): keep the rows.
    errorPolicy: 'all',
  });

  const conn = data?.myNodes;
  const edges = conn?.edges ?? [];
  const pages = Math.max(1, Math.ceil((conn?.totalCount ?? 0) / PAGE_SIZE));
  const visible = edges.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((e) => e.node);
  const goTo = async (next: number) => {
    if (conn && next * PAGE_SIZE > edges.length && conn.pageInfo.hasNextPage) {
      await fetchMore({ variables: { ...variables, after: conn.pageInfo.endCursor, first: (next - 1) * PAGE_SIZE - edges.length + PAGE_SIZE } });
    }
    setPage(next);
  };
  const filtered = debounced !== EMPTY_FILTERS;

  const header = (
    <PageHeader
      title={t('nodes.title')}
      description={conn ? t('nodes.count', { count: conn.totalCount }) : undefined}
      actions={
        <>
          {conn && <StatsFreshness nodes={visible} />}
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
        value={filters}
        onChange={(f) => {
          setFilters(f);
          setPage(1);
        }}
      />
      {loading && !data ? (
        <TableSkeleton />
      ) : (
        <Paper withBorder>
          {visible.length > 0 ? (
            <NodeTable nodes={visible} />
          ) : (
            <Group justify="center" p="xl" gap="sm">
              <Text c="dimmed">{t('nodes.noMatch')}</Text>
              <Button variant="subtle" size="xs" onClick={() => setFilters(EMPTY_FILTERS)}>
                {t('nodes.clearFilters')}
              </Button>
            </Group>
          )}
        </Paper>
      )}
      {pages > 1 && (
        <Group justify="center" mt="md">
          <PagePagination total={pages} value={Math.min(page, pages)} onChange={(p) => void goTo(p)} />
        </Group>
      )}
    </>
  );
}
