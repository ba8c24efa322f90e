import { Anchor, Button, Center, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { BulkRentButton, RentButton } from '../../components/RentForm/RentButton';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { AssignNodeForm } from '../../components/AssignNodeForm/AssignNodeForm';
import { AdminBulkAssign } from './AdminBulkAssign';
import { NodeStatusBadge } from '../../components/NodeStatusBadge/NodeStatusBadge';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { ResponsiveTable } from '../../components/ResponsiveTable/ResponsiveTable';
import { TableSkeleton } from '../../components/TableSkeleton/TableSkeleton';
import { apiError } from '../../lib/errors';
import { shortIdentifier } from '../../lib/format';

const AdminNodesQuery = graphql(`
  query AdminNodes($filter: NodesFilterInput, $after: String, $userSearch: String) {
    nodes(first: 25, filter: $filter, after: $after) {
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
  const { t } = useTranslation();
  // The search is kept in the URL (?q=, as My nodes keeps its filters): a reload or a shared link keeps it.
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(() => (params.get('q') ?? '').slice(0, 200));
  const [userSearch, setUserSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  useEffect(() => {
    if ((params.get('q') ?? '') === q) return;
    const next = new URLSearchParams(params);
    if (q) next.set('q', q);
    else next.delete('q');
    setParams(next, { replace: true });
  }, [q, params, setParams]);
  const [uq] = useDebouncedValue(userSearch.trim(), 300);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(AdminNodesQuery, {
    variables: { filter: q ? { search: q } : null, userSearch: uq || null },
  });
  const shown = data ?? previousData;
  const [assign] = useMutation(AssignNodeMutation, { refetchQueries: ['AdminNodes'] });
  // The returned node (owner now null) updates its row in the normalized cache; the list keeps the node.
  const [unassign] = useMutation(UnassignNodeMutation);
  const users = (shown?.users.nodes ?? []).map((u) => ({ value: u.id, label: u.email }));

  const onUnassign = async (nodeId: string) => {
    if (!window.confirm(t('admin.confirmUnassign'))) return;
    try {
      await unassign({ variables: { input: { nodeId } } });
      notifications.show({ color: 'teal', message: t('admin.unassignedOk') });
    } catch (e) {
      notifications.show({ color: 'red', message: apiError(e)?.message ?? t('errors.generic') });
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
      <Group justify="space-between">
        <TextInput
          maw={360}
          leftSection={<IconSearch size={16} />}
          placeholder={t('nodes.search')}
          aria-label={t('nodes.search')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
        <BulkRentButton />
      </Group>
      {error && !shown ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !shown ? (
        <TableSkeleton />
      ) : (
        <Paper withBorder>
          <ResponsiveTable
            rows={shown?.nodes.edges.map((e) => e.node) ?? []}
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
              { key: 'type', header: t('node.identifierType'), cell: (node) => <Text size="sm">{node.identifierType}</Text> },
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
          {shown?.nodes.pageInfo.hasNextPage && (
            <Center p="sm">
              <Button variant="default" size="xs" onClick={() => void fetchMore({ variables: { after: shown.nodes.pageInfo.endCursor } })}>
                {t('common.next')}
              </Button>
            </Center>
          )}
        </Paper>
      )}
    </Stack>
  );
}
