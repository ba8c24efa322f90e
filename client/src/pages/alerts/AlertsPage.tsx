import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { AlertState } from '../../gql/graphql';
import { PageHeader } from '../../components/PageHeader/PageHeader';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { CardsSkeleton } from '../../components/TableSkeleton/TableSkeleton';
import { AlertItem } from '../../components/AlertItem/AlertItem';
import { AlertDeliveries } from '../../components/AlertDeliveries/AlertDeliveries';
import { useAcknowledgeAlerts } from '../../lib/useAcknowledgeAlerts';
import { useAlertChanged } from '../../lib/useAlertChanged';

export const ALERTS_PAGE_SIZE = 20;

const AlertsQuery = graphql(`
  query Alerts($first: Int!, $after: String, $state: AlertState) {
    alerts(first: $first, after: $after, state: $state) {
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
`);

type StateFilter = AlertState | 'ALL';

/** Every alert of the account, newest first, a page at a time, with where each one was delivered. */
export default function AlertsPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<StateFilter>('ALL');
  const state = filter === 'ALL' ? null : filter;
  const query = useQuery(AlertsQuery, {
    variables: { first: ALERTS_PAGE_SIZE, after: null, state },
    fetchPolicy: 'cache-and-network',
  });
  const { data, error, loading, refetch, fetchMore } = query;
  useAlertChanged(query);
  const { acknowledge, pendingId } = useAcknowledgeAlerts();
  const connection = data?.alerts;
  const edges = connection?.edges ?? [];
  return (
    <>
      <PageHeader title={t('alerts.page.title')} />
      <Stack gap="md" maw={880}>
        <SegmentedControl
          w="fit-content"
          value={filter}
          onChange={(v) => setFilter(v as StateFilter)}
          data={[
            { value: 'ALL', label: t('alerts.page.all') },
            { value: 'OPEN', label: t('alerts.state.OPEN') },
            { value: 'RESOLVED', label: t('alerts.state.RESOLVED') },
          ]}
          data-testid="alerts-filter"
        />
        {error && !data ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !connection ? (
          <CardsSkeleton count={3} height={90} />
        ) : edges.length === 0 ? (
          <Text c="dimmed">{t('alerts.page.empty')}</Text>
        ) : (
          <Stack gap="sm" data-testid="alerts-list">
            {edges.map(({ node }) => (
              <AlertItem key={node.id} alert={node} onAcknowledge={(id) => void acknowledge(id)} acknowledging={pendingId === node.id}>
                <AlertDeliveries deliveries={node.deliveries} />
              </AlertItem>
            ))}
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                {t('alerts.page.shown', { shown: edges.length, total: connection.totalCount })}
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
    </>
  );
}
