import { Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { formatDateTime } from '../../lib/format';
import { useAlertTexts } from '../../lib/alert-texts';

export const AlertDeliveriesFragment = graphql(`
  fragment AlertDeliveries_delivery on NotificationDelivery {
    id
    event
    status
    attempts
    error
    createdAt
    sentAt
    channel {
      id
      kind
      label
    }
  }
`);

export const DELIVERY_STATUS_COLOR: Record<string, string> = { PENDING: 'gray', SENT: 'teal', FAILED: 'red' };

/** Where an alert went: per channel and event, sent or failed (with the reason) and when. */
export function AlertDeliveries(props: { deliveries: FragmentType<typeof AlertDeliveriesFragment>[] }) {
  const deliveries = useFragment(AlertDeliveriesFragment, props.deliveries);
  const { t } = useTranslation();
  const texts = useAlertTexts();
  if (deliveries.length === 0)
    return (
      <Text size="xs" c="dimmed">
        {t('alerts.page.noDeliveries')}
      </Text>
    );
  return (
    <Stack gap={2} data-testid="alert-deliveries">
      {deliveries.map((d) => (
        <Group key={d.id} gap="xs" wrap="wrap">
          <Badge size="xs" variant="light" color={DELIVERY_STATUS_COLOR[d.status] ?? 'gray'}>
            {texts.deliveryStatus(d.status)}
          </Badge>
          <Text size="xs" fw={500}>
            {d.channel ? `${texts.channelKind(d.channel.kind)} · ${d.channel.label}` : t('alerts.delivery.deletedChannel')}
          </Text>
          <Text size="xs" c="dimmed">
            {texts.deliveryEvent(d.event)} · {formatDateTime(d.sentAt ?? d.createdAt)}
            {d.attempts > 1 && ` · ${t('alerts.delivery.attempts', { count: d.attempts })}`}
          </Text>
          {d.status === 'FAILED' && d.error && (
            <Tooltip label={d.error}>
              <Text size="xs" c="red">
                {texts.deliveryError(d.error)}
              </Text>
            </Tooltip>
          )}
        </Group>
      ))}
    </Stack>
  );
}
