import { Button, Center, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { SupportRequestStatus, UpdateSupportRequestInput } from '../../gql/graphql';
import { RequestQueueItem } from '../../components/RequestQueueItem/RequestQueueItem';
import { RequestNodeLinks } from '../../components/RequestNodeLinks/RequestNodeLinks';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { TableSkeleton } from '../../components/TableSkeleton/TableSkeleton';
import { useSession } from '../../session/SessionProvider';
import { errorTextOf } from '../../lib/error-text';

const AdminRequestsQuery = graphql(`
  query AdminRequests($status: SupportRequestStatus, $after: String) {
    supportRequests(first: 20, status: $status, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...RequestQueueItem_request
        }
      }
    }
  }
`);

const UpdateRequestMutation = graphql(`
  mutation UpdateSupportRequest($id: ID!, $input: UpdateSupportRequestInput!) {
    updateSupportRequest(id: $id, input: $input) {
      id
      ...RequestQueueItem_request
    }
  }
`);

export function AdminRequestsTab() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const [status, setStatus] = useState<SupportRequestStatus | 'ALL'>('PENDING');
  const variables = { status: status === 'ALL' ? null : status };
  const { data, loading, error, refetch, fetchMore } = useQuery(AdminRequestsQuery, { variables, fetchPolicy: 'cache-and-network' });
  // A status change moves the request between filtered lists: refetch the active one.
  const [update] = useMutation(UpdateRequestMutation, { refetchQueries: ['AdminRequests'] });
  const conn = data?.supportRequests;
  const onUpdate = async (id: string, input: UpdateSupportRequestInput) => {
    try {
      await update({ variables: { id, input } });
      notifications.show({ color: 'teal', message: t('admin.updated') });
    } catch (e) {
      notifications.show({ color: 'red', message: errorTextOf(e, t, i18n.language) });
    }
  };
  return (
    <Stack gap="md">
      <SegmentedControl
        value={status}
        onChange={(v) => setStatus(v as never)}
        style={{ alignSelf: 'flex-start' }}
        data={[
          { value: 'PENDING', label: t('requestStatus.PENDING') },
          { value: 'IN_PROGRESS', label: t('requestStatus.IN_PROGRESS') },
          { value: 'ALL', label: t('admin.all') },
        ]}
      />
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <TableSkeleton rows={3} />
      ) : !conn || conn.edges.length === 0 ? (
        <Paper withBorder p="xl">
          <Text c="dimmed" ta="center">
            {t('request.none')}
          </Text>
        </Paper>
      ) : (
        <>
          {conn.edges.map(({ node }) => (
            <RequestQueueItem
              key={node.id}
              request={node}
              currentUserId={user?.id ?? ''}
              nodePicker={(r) => <RequestNodeLinks {...r} onLink={(nodeIds) => onUpdate(node.id, { nodeIds })} />}
              onUpdate={onUpdate}
            />
          ))}
          {conn.pageInfo.hasNextPage && (
            <Center>
              <Button variant="default" onClick={() => void fetchMore({ variables: { ...variables, after: conn.pageInfo.endCursor } })}>
                {t('common.next')}
              </Button>
            </Center>
          )}
        </>
      )}
    </Stack>
  );
}
