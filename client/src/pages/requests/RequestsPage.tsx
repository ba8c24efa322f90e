import { Button, Center, Paper, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { PageHeader } from '../../components/PageHeader/PageHeader';
import { RequestList } from '../../components/RequestList/RequestList';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { TableSkeleton } from '../../components/TableSkeleton/TableSkeleton';

const RequestsPageQuery = graphql(`
  query RequestsPage($after: String) {
    mySupportRequests(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...RequestList_request
        }
      }
    }
  }
`);

export default function RequestsPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(RequestsPageQuery, { fetchPolicy: 'cache-and-network' });
  const header = (
    <PageHeader
      title={t('request.myTitle')}
      actions={
        <Button component={Link} to="/requests/new" leftSection={<IconPlus size={16} />} variant="light">
          {t('nav.addNode')}
        </Button>
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
  if (loading && !data)
    return (
      <>
        {header}
        <TableSkeleton rows={3} />
      </>
    );
  const conn = data?.mySupportRequests;
  if (!conn || conn.edges.length === 0) {
    return (
      <>
        {header}
        <Paper withBorder p="xl">
          <Text c="dimmed" ta="center">
            {t('request.none')}
          </Text>
        </Paper>
      </>
    );
  }
  return (
    <>
      {header}
      <RequestList requests={conn.edges.map((e) => e.node)} />
      {conn.pageInfo.hasNextPage && (
        <Center mt="md">
          <Button variant="default" onClick={() => void fetchMore({ variables: { after: conn.pageInfo.endCursor } })}>
            {t('common.next')}
          </Button>
        </Center>
      )}
    </>
  );
}
