import { SegmentedControl, Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { AlertState } from '../../gql/graphql';
import { PageHeader } from '../../components/PageHeader/PageHeader';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { CardsSkeleton } from '../../components/TableSkeleton/TableSkeleton';
import { AlertList } from '../../components/AlertList/AlertList';
import { useAlertChanged } from '../../lib/useAlertChanged';

export const ALERTS_PAGE_SIZE = 20;

const AlertsQuery = graphql(`
  query Alerts($first: Int!, $after: String, $state: AlertState) {
    alerts(first: $first, after: $after, state: $state) {
      ...AlertList_connection
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
  const connection = data?.alerts;
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
        ) : (
          <AlertList connection={connection} loading={loading} onLoadMore={(after) => void fetchMore({ variables: { after } })} testId="alerts-list" />
        )}
      </Stack>
    </>
  );
}
