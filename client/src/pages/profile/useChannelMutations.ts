import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { CreateNotificationChannelInput } from '../../gql/graphql';
import type { CreatedChannelResult } from '../../components/ChannelForm/ChannelCreated';
import type { ChannelActions, DeliveryOutcome } from '../../components/ChannelList/ChannelRow';

const CreateChannelMutation = graphql(`
  mutation CreateNotificationChannel($input: CreateNotificationChannelInput!) {
    createNotificationChannel(input: $input) {
      secret
      channel {
        id
        telegramLinkUrl
        ...ChannelList_channel
      }
    }
  }
`);

const UpdateChannelMutation = graphql(`
  mutation UpdateNotificationChannel($input: UpdateNotificationChannelInput!) {
    updateNotificationChannel(input: $input) {
      id
      ...ChannelList_channel
    }
  }
`);

const DeleteChannelMutation = graphql(`
  mutation DeleteNotificationChannel($id: ID!) {
    deleteNotificationChannel(id: $id)
  }
`);

const SendTestMutation = graphql(`
  mutation SendTestNotification($channelId: ID!) {
    sendTestNotification(channelId: $channelId) {
      id
      status
      error
      sentAt
      createdAt
    }
  }
`);

/** When, after a queued test, the channel list is re-read (the worker usually sends within seconds; retries back off). */
export const TEST_RECHECKS_MS = [2_000, 5_000, 10_000, 20_000] as const;

/** Channel create/update/delete/test, keeping the cached channel list in step. */
export function useChannelMutations(refetchChannels: () => unknown) {
  const { t } = useTranslation();
  const [create] = useMutation(CreateChannelMutation, {
    update(cache, { data }) {
      const channel = data?.createNotificationChannel.channel;
      if (!channel) return;
      const ref = cache.identify(channel);
      cache.modify({ fields: { notificationChannels: (list: readonly { __ref: string }[] = []) => [...list, { __ref: ref ?? '' }] } });
    },
  });
  const [update] = useMutation(UpdateChannelMutation);
  const [remove] = useMutation(DeleteChannelMutation);
  const [sendTest] = useMutation(SendTestMutation);
  const failed = () => notifications.show({ color: 'red', message: t('errors.generic') });

  const createChannel = async (input: CreateNotificationChannelInput): Promise<CreatedChannelResult> => {
    const { data } = await create({ variables: { input } });
    notifications.show({ color: 'teal', message: t('alerts.channels.created') });
    const created = data?.createNotificationChannel;
    return { secret: created?.secret ?? null, telegramLinkUrl: created?.channel.telegramLinkUrl ?? null };
  };

  const actions: ChannelActions = {
    async onTest(channelId) {
      try {
        const { data } = await sendTest({ variables: { channelId } });
        const delivery: DeliveryOutcome | null = data?.sendTestNotification ?? null;
        if (delivery?.status === 'PENDING')
          for (const ms of TEST_RECHECKS_MS) setTimeout(() => void Promise.resolve(refetchChannels()).catch(() => undefined), ms);
        return delivery;
      } catch {
        failed();
        return null;
      }
    },
    async onDelete(id) {
      try {
        await remove({
          variables: { id },
          update(cache) {
            cache.evict({ id: cache.identify({ __typename: 'NotificationChannel', id }) });
            cache.gc();
          },
        });
        notifications.show({ color: 'teal', message: t('alerts.channels.deleted') });
      } catch {
        failed();
      }
    },
    async onUpdate(input) {
      try {
        await update({ variables: { input } });
      } catch {
        failed();
      }
    },
  };
  return { createChannel, actions };
}
