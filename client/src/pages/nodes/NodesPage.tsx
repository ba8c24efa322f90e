import { Button, Group, Paper, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { PageHeader } from '../../components/PageHeader/PageHeader';
import { NodeTable } from '../../components/NodeTable/NodeTable';
import { NodeFilters } from '../../components/NodeFilters/NodeFilters';
import { StatsFreshness } from '../../components/StatsFreshness/StatsFreshness';
import { EmptyNodes } from '../../components/EmptyNodes/EmptyNodes';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { TableSkeleton } from '../../components/TableSkeleton/TableSkeleton';
import { PagePagination } from '../../components/PagePagination/PagePagination';
import { useLiveUpdates } from '../../lib/useLiveUpdates';
import { isFiltered } from './nodeListParams';
import { useNodeListPage, usePageRows } from './useNodeListPage';

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
    price {
      source
    }
  }
`);

export default function NodesPage() {
  const { t } = useTranslation();
  const list = useNodeListPage(PAGE_SIZE);
  const { filters, page, draft, variables } = list;
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
  const { visible, pages, shownPage } = usePageRows(conn, { page, pageSize: PAGE_SIZE, loading, fetchMore });
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
      <NodeFilters value={draft} onChange={list.onFiltersChange} />
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
              <Button variant="subtle" size="xs" onClick={list.clear}>
                {t('nodes.clearFilters')}
              </Button>
            </Group>
          )}
        </Paper>
      )}
      {pages > 1 && (
        <Group justify="center" mt="md">
          <PagePagination total={pages} value={shownPage} onChange={list.setPage} />
        </Group>
      )}
    </>
  );
}
