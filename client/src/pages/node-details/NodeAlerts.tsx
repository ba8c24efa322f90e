import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { AlertItem } from '../../components/AlertItem/AlertItem';
import { AlertDeliveries } from '../../components/AlertDeliveries/AlertDeliveries';
import { MuteControl } from '../../components/MuteControl/MuteControl';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { CardsSkeleton } from '../../components/TableSkeleton/TableSkeleton';
import { useAcknowledgeAlerts } from '../../lib/useAcknowledgeAlerts';
import { useAlertChanged } from '../../lib/useAlertChanged';

const PAGE_SIZE = 20;

// Its own query: the alert history is only fetched when the tab is opened.
const NodeAlertsQuery = graphql(`
  query NodeAlerts($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      id
      ...MuteControl_node
      alerts(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            ...AlertItem_alert
            deliveries {
              ...AlertDeliveries_delivery
            }
          }
        }
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
  const { acknowledge, pendingId } = useAcknowledgeAlerts();
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <CardsSkeleton count={2} height={90} />;
  const connection = data.node.alerts;
  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <MuteControl node={data.node} />
      </Paper>
      <Title order={5}>{t('alerts.node.history')}</Title>
      {connection.edges.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('alerts.page.empty')}
        </Text>
      ) : (
        <Stack gap="sm" data-testid="node-alerts">
          {connection.edges.map(({ node }) => (
            <AlertItem key={node.id} alert={node} onAcknowledge={(id) => void acknowledge(id)} acknowledging={pendingId === node.id}>
              <AlertDeliveries deliveries={node.deliveries} />
            </AlertItem>
          ))}
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('alerts.page.shown', { shown: connection.edges.length, total: connection.totalCount })}
            </Text>
            {connection.pageInfo.hasNextPage && (
              <Button variant="default" loading={loading} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
                {t('alerts.page.loadMore')}
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
