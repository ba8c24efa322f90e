import { Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ChannelList } from '../../components/ChannelList/ChannelList';
import { ChannelForm } from '../../components/ChannelForm/ChannelForm';
import { AlertRulesForm } from '../../components/AlertRulesForm/AlertRulesForm';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { CardsSkeleton } from '../../components/TableSkeleton/TableSkeleton';
import { useChannelMutations } from './useChannelMutations';

// Its own query: the profile's first paint does not wait for channels and rules.
const NotificationSettingsQuery = graphql(`
  query NotificationSettings {
    me {
      id
      role
      ...AlertRulesForm_user
    }
    notificationChannels {
      id
      ...ChannelList_channel
    }
  }
`);

const UpdateAlertRulesMutation = graphql(`
  mutation UpdateAlertRules($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      ...AlertRulesForm_user
    }
  }
`);

/** The profile's Notifications section: channels (add, test, filter, delete) and the alert rules. */
export function NotificationsSection() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(NotificationSettingsQuery);
  const [updateRules] = useMutation(UpdateAlertRulesMutation);
  const { createChannel, actions } = useChannelMutations(refetch);
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <CardsSkeleton count={2} height={120} />;
  const isAdmin = data.me.role === 'ADMIN';
  return (
    <Stack gap="lg" data-testid="notifications-section">
      <Paper withBorder p="lg">
        <Stack gap="md">
          <div>
            <Title order={4}>{t('alerts.channels.title')}</Title>
            <Text size="sm" c="dimmed">
              {t('alerts.channels.hint')}
            </Text>
          </div>
          <ChannelList channels={data.notificationChannels} isAdmin={isAdmin} actions={actions} />
          <Title order={5}>{t('alerts.channels.add')}</Title>
          <ChannelForm isAdmin={isAdmin} onSubmit={createChannel} />
        </Stack>
      </Paper>
      <Paper withBorder p="lg">
        <AlertRulesForm
          key={data.me.id}
          user={data.me}
          onSubmit={async (alertRules) => {
            await updateRules({ variables: { input: { alertRules } } });
            notifications.show({ color: 'teal', message: t('alerts.rules.saved') });
          }}
        />
      </Paper>
    </Stack>
  );
}
