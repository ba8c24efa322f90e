import { Anchor, Badge, Button, Center, Paper, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { ResponsiveTable } from '../../components/ResponsiveTable/ResponsiveTable';
import { TableSkeleton } from '../../components/TableSkeleton/TableSkeleton';
import { formatDate } from '../../lib/format';

const AdminUsersQuery = graphql(`
  query AdminUsers($search: String, $after: String) {
    users(first: 25, search: $search, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          email
          role
          telegram
          discord
          createdAt
        }
      }
    }
  }
`);

export function AdminUsersTab() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const { data, loading, error, refetch, fetchMore } = useQuery(AdminUsersQuery, { variables: { search: debounced || null } });
  const conn = data?.users;
  return (
    <>
      <TextInput
        mb="md"
        maw={360}
        leftSection={<IconSearch size={16} />}
        placeholder={t('admin.searchUsers')}
        aria-label={t('admin.searchUsers')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
      />
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <TableSkeleton />
      ) : (
        <Paper withBorder>
          <ResponsiveTable
            rows={conn?.edges.map((e) => e.node) ?? []}
            rowKey={(u) => u.id}
            minWidth={600}
            columns={[
              { key: 'email', header: t('auth.email'), card: 'title', cell: (u) => <Text size="sm">{u.email}</Text> },
              {
                key: 'role',
                header: t('admin.role'),
                card: 'status',
                cell: (u) => (
                  <Badge variant="light" color={u.role === 'ADMIN' ? 'grape' : 'gray'}>
                    {t(`admin.roles.${u.role}`)}
                  </Badge>
                ),
              },
              {
                key: 'contacts',
                header: t('profile.contacts'),
                cell: (u) => (
                  <Text size="sm" c="dimmed">
                    {[u.telegram, u.discord].filter(Boolean).join(' · ') || t('common.none')}
                  </Text>
                ),
              },
              { key: 'created', header: t('admin.created'), cell: (u) => formatDate(u.createdAt) },
              {
                key: 'statement',
                header: '',
                cell: (u) =>
                  u.role === 'USER' && (
                    <Anchor component={Link} to={`/statement?userId=${u.id}`} size="sm" aria-label={t('admin.statementOf', { email: u.email })}>
                      {t('admin.statement')}
                    </Anchor>
                  ),
              },
            ]}
          />
          {conn?.pageInfo.hasNextPage && (
            <Center p="sm">
              <Button variant="default" size="xs" onClick={() => void fetchMore({ variables: { after: conn.pageInfo.endCursor } })}>
                {t('common.next')}
              </Button>
            </Center>
          )}
        </Paper>
      )}
    </>
  );
}
