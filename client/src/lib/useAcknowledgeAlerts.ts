import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';

const AcknowledgeAlertMutation = graphql(`
  mutation AcknowledgeAlert($id: ID!) {
    acknowledgeAlert(id: $id) {
      id
      ...AlertItem_alert
    }
  }
`);

const AcknowledgeAllAlertsMutation = graphql(`
  mutation AcknowledgeAllAlerts {
    acknowledgeAllAlerts
  }
`);

/**
 * Acknowledge one alert or all of them. The returned alert updates itself in the cache; the unread
 * count is adjusted locally (one less, or zero) so the bell changes without a round trip, and the
 * lists that show acknowledgement are re-read after "all" (the mutation returns only a count).
 */
export function useAcknowledgeAlerts() {
  const { t } = useTranslation();
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [acknowledgeOne] = useMutation(AcknowledgeAlertMutation, {
    update(cache) {
      cache.modify({ fields: { unreadAlertCount: (count: number) => Math.max(0, count - 1) } });
    },
  });
  const [acknowledgeEvery, all] = useMutation(AcknowledgeAllAlertsMutation, {
    update(cache) {
      cache.modify({ fields: { unreadAlertCount: () => 0 } });
    },
    refetchQueries: ['AlertBell', 'Alerts', 'NodeAlerts'],
  });
  return {
    acknowledge: (id: string) => {
      setPendingId(id);
      return acknowledgeOne({ variables: { id } })
        .catch(showError)
        .finally(() => setPendingId(null));
    },
    acknowledgeAll: () =>
      acknowledgeEvery()
        .then(({ data }) => notifications.show({ color: 'teal', message: t('alerts.bell.acknowledgedAll', { count: data?.acknowledgeAllAlerts ?? 0 }) }))
        .catch(showError),
    /** The alert whose acknowledgement is on its way (its button spins). */
    pendingId,
    acknowledgingAll: all.loading,
  };

  function showError() {
    notifications.show({ color: 'red', message: t('errors.generic') });
  }
}
