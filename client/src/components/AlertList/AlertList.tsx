import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type FragmentType, graphql, useFragment } from '../../gql';
import { useAcknowledgeAlerts } from '../../lib/useAcknowledgeAlerts';
import { AlertDeliveries } from '../AlertDeliveries/AlertDeliveries';
import { AlertItem } from '../AlertItem/AlertItem';

export const AlertListFragment = graphql(`
  fragment AlertList_connection on AlertConnection {
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
`);

interface AlertListProps {
  connection: FragmentType<typeof AlertListFragment>;
  /** The page's query is fetching (the next page's button shows it). */
  loading: boolean;
  onLoadMore(after: string | null): void;
  testId: string;
}

/** A page of alerts, each with its deliveries and an acknowledge button, and "load more" (the Alerts page and a node's Alerts tab). */
export function AlertList(props: AlertListProps) {
  const { t } = useTranslation();
  const connection = useFragment(AlertListFragment, props.connection);
  const { acknowledge, pendingId } = useAcknowledgeAlerts();
  if (connection.edges.length === 0) return <Text c="dimmed">{t('alerts.page.empty')}</Text>;
  return (
    <Stack gap="sm" data-testid={props.testId}>
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
          <Button variant="default" loading={props.loading} onClick={() => props.onLoadMore(connection.pageInfo.endCursor ?? null)}>
            {t('alerts.page.loadMore')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
