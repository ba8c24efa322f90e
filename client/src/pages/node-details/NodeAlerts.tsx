import { Paper, Stack, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { AlertList } from '../../components/AlertList/AlertList';
import { MuteControl } from '../../components/MuteControl/MuteControl';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { CardsSkeleton } from '../../components/TableSkeleton/TableSkeleton';
import { useAlertChanged } from '../../lib/useAlertChanged';

const PAGE_SIZE = 20;

// Its own query: the alert history is only fetched when the tab is opened.
const NodeAlertsQuery = graphql(`
  query NodeAlerts($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      id
      ...MuteControl_node
      alerts(first: $first, after: $after) {
        ...AlertList_connection
      }
    }
  }
`);

/** A node's alerts, newest first, with the mute control above them. */
export function NodeAlerts({ nodeId }: { nodeId: string }) {
  const { t } = useTranslation();
  const query = useQuery(NodeAlertsQuery, {
    variables: { id: nodeId, first: PAGE_SIZE, after: null },
    fetchPolicy: 'cache-and-network',
  });
  const { data, error, loading, refetch, fetchMore } = query;
  useAlertChanged(query);
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <CardsSkeleton count={2} height={90} />;
  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <MuteControl node={data.node} />
      </Paper>
      <Title order={5}>{t('alerts.node.history')}</Title>
      <AlertList connection={data.node.alerts} loading={loading} onLoadMore={(after) => void fetchMore({ variables: { after } })} testId="node-alerts" />
    </Stack>
  );
}
