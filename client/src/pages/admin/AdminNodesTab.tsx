import { Anchor, Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { BulkRentButton, RentButton } from '../../components/RentForm/RentButton';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { AssignNodeForm } from '../../components/AssignNodeForm/AssignNodeForm';
import { AdminBulkAssign } from './AdminBulkAssign';
import { NodeStatusBadge } from '../../components/NodeStatusBadge/NodeStatusBadge';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { ResponsiveTable } from '../../components/ResponsiveTable/ResponsiveTable';
import { TableSkeleton } from '../../components/TableSkeleton/TableSkeleton';
import { shortIdentifier } from '../../lib/format';
import { NodeFilters } from '../../components/NodeFilters/NodeFilters';
import { PagePagination } from '../../components/PagePagination/PagePagination';
import { useNodeListPage, usePageRows } from '../nodes/useNodeListPage';
import { errorTextOf } from '../../lib/error-text';

const PAGE_SIZE = 25;

const AdminNodesQuery = graphql(`
  query AdminNodes($first: Int!, $filter: NodesFilterInput, $orderBy: NodeOrderInput, $after: String, $userSearch: String) {
    nodes(first: $first, filter: $filter, orderBy: $orderBy, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          displayName
          identifier
          identifierType
          owner {
            id
            email
          }
          ...NodeStatusBadge_node
        }
      }
    }
    users(first: 20, search: $userSearch) {
      nodes {
        id
        email
      }
    }
  }
`);

const AssignNodeMutation = graphql(`
  mutation AssignNode($input: AssignNodeInput!) {
    assignNode(input: $input) {
      id
      owner {
        id
        email
      }
    }
  }
`);

const UnassignNodeMutation = graphql(`
  mutation UnassignNode($input: UnassignNodeInput!) {
    unassignNode(input: $input) {
      id
      owner {
        id
        email
      }
    }
  }
`);

export function AdminNodesTab() {
  const { t, i18n } = useTranslation();
  // Filters, sort and page live in the URL, the same way as on My nodes: reload and back/forward keep them.
  const list = useNodeListPage(PAGE_SIZE);
  const [userSearch, setUserSearch] = useState('');
  const [uq] = useDebouncedValue(userSearch.trim(), 300);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(AdminNodesQuery, {
    variables: { ...list.variables, userSearch: uq || null },
  });
  const shown = data ?? previousData;
  const [assign] = useMutation(AssignNodeMutation, { refetchQueries: ['AdminNodes'] });
  // The returned node (owner now null) updates its row in the normalized cache; the list keeps the node.
  const [unassign] = useMutation(UnassignNodeMutation);
  const users = (shown?.users.nodes ?? []).map((u) => ({ value: u.id, label: u.email }));
  const { visible, pages, shownPage } = usePageRows(shown?.nodes, { page: list.page, pageSize: PAGE_SIZE, loading, fetchMore });

  const onUnassign = async (nodeId: string) => {
    if (!window.confirm(t('admin.confirmUnassign'))) return;
    try {
      await unassign({ variables: { input: { nodeId } } });
      notifications.show({ color: 'teal', message: t('admin.unassignedOk') });
    } catch (e) {
      notifications.show({ color: 'red', message: errorTextOf(e, t, i18n.language) });
    }
  };

  return (
    <Stack gap="lg">
      <Paper withBorder p="md">
        <Title order={5} mb="sm">
          {t('admin.assign')}
        </Title>
        <AssignNodeForm
          users={users}
          onUserSearch={setUserSearch}
          onSubmit={async (input) => {
            await assign({ variables: { input } });
            notifications.show({ color: 'teal', message: t('admin.assigned') });
          }}
        />
      </Paper>
      <AdminBulkAssign users={users} onUserSearch={setUserSearch} />
      <Group justify="flex-end">
        <BulkRentButton />
      </Group>
      <NodeFilters value={list.draft} onChange={list.onFiltersChange} />
      {error && !shown ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !shown ? (
        <TableSkeleton />
      ) : (
        <Paper withBorder>
          <ResponsiveTable
            rows={visible}
            rowKey={(node) => node.id}
            minWidth={640}
            testIds={{ table: 'admin-nodes', cards: 'admin-node-cards', card: 'admin-node-card' }}
            columns={[
              {
                key: 'node',
                header: t('nodes.node'),
                card: 'title',
                cell: (node) => (
                  <>
                    <Anchor component={Link} to={`/nodes/${node.id}`} size="sm" fw={600}>
                      {node.displayName ?? shortIdentifier(node.identifier)}
                    </Anchor>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {shortIdentifier(node.identifier)}
                    </Text>
                  </>
                ),
              },
              {
                key: 'type',
                header: t('node.identifierType'),
                cell: (node) => <Text size="sm">{t(`history.identifierType.${node.identifierType}`, { defaultValue: node.identifierType })}</Text>,
              },
              {
                key: 'owner',
                header: t('admin.owner'),
                cell: (node) => (
                  <Text size="sm" c={node.owner ? undefined : 'dimmed'} data-testid="node-owner">
                    {node.owner?.email ?? t('admin.unassigned')}
                  </Text>
                ),
              },
              { key: 'status', header: t('nodes.status'), card: 'status', cell: (node) => <NodeStatusBadge node={node} /> },
              {
                key: 'actions',
                header: null,
                card: 'actions',
                cell: (node) => (
                  <Group gap={4} wrap="nowrap">
                    <RentButton nodeIds={[node.id]} />
                    <Button size="xs" variant="subtle" color="red" disabled={!node.owner} onClick={() => void onUnassign(node.id)}>
                      {t('admin.unassign')}
                    </Button>
                  </Group>
                ),
              },
            ]}
          />
        </Paper>
      )}
      {pages > 1 && (
        <Center>
          <PagePagination total={pages} value={shownPage} onChange={list.setPage} />
        </Center>
      )}
    </Stack>
  );
}
