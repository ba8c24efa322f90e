import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import type { ChannelList_ChannelFragment } from '../../gql/graphql';
import { type ChannelActions, ChannelRow } from './ChannelRow';

export const ChannelListFragment = graphql(`
  fragment ChannelList_channel on NotificationChannel {
    id
    kind
    label
    target
    status
    minSeverity
    events
    telegramLinkUrl
    createdAt
    lastDelivery {
      id
      status
      error
      sentAt
      createdAt
    }
  }
`);

export type ChannelListChannel = ChannelList_ChannelFragment;

/** The user's notification channels (targets come masked from the server). */
export function ChannelList(props: { channels: FragmentType<typeof ChannelListFragment>[]; isAdmin?: boolean; actions: ChannelActions }) {
  const channels = useFragment(ChannelListFragment, props.channels);
  const { t } = useTranslation();
  if (channels.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('alerts.channels.empty')}
      </Text>
    );
  return (
    <Stack gap="sm" data-testid="channel-list">
      {channels.map((channel) => (
        <ChannelRow key={channel.id} channel={channel} isAdmin={props.isAdmin} actions={props.actions} />
      ))}
    </Stack>
  );
}
