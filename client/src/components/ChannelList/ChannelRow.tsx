import { ActionIcon, Badge, Button, Group, MultiSelect, Paper, Select, Stack, Text, Tooltip } from '@mantine/core';
import { IconSend, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlertKind, AlertSeverity } from '../../gql/graphql';
import { ADMIN_ALERT_KINDS, ALERT_KINDS, ALERT_SEVERITIES } from '../../lib/alert-kinds';
import { useAlertTexts } from '../../lib/alert-texts';
import { formatDateTime } from '../../lib/format';
import { DELIVERY_STATUS_COLOR } from '../AlertDeliveries/AlertDeliveries';
import { TelegramLinkButton } from '../ChannelForm/ChannelCreated';
import type { ChannelListChannel } from './ChannelList';

/** A delivery's outcome as the row shows it (the last delivery, or the answer to "send test"). */
export interface DeliveryOutcome {
  id: string;
  status: string;
  error?: string | null;
  sentAt?: string | null;
  createdAt: string;
}

export interface ChannelActions {
  onTest(id: string): Promise<DeliveryOutcome | null>;
  onDelete(id: string): Promise<void>;
  onUpdate(input: { id: string; minSeverity?: AlertSeverity; events?: AlertKind[] | null }): Promise<void>;
}

/** One channel: what it is, where it sends, its filters (editable in place), its last delivery, test and delete. */
export function ChannelRow({ channel, isAdmin, actions }: { channel: ChannelListChannel; isAdmin?: boolean; actions: ChannelActions }) {
  const { t } = useTranslation();
  const texts = useAlertTexts();
  const [testing, setTesting] = useState(false);
  const [test, setTest] = useState<DeliveryOutcome | null>(null);
  const kinds = ALERT_KINDS.filter((k) => isAdmin || !ADMIN_ALERT_KINDS.has(k));
  // The test's delivery as the server now knows it (a queued test turns into sent/failed on refetch).
  const shownTest = test && channel.lastDelivery?.id === test.id ? channel.lastDelivery : test;

  const runTest = async () => {
    setTesting(true);
    try {
      setTest(await actions.onTest(channel.id));
    } finally {
      setTesting(false);
    }
  };
  const remove = () => {
    if (window.confirm(t('alerts.channels.confirmDelete', { label: channel.label }))) void actions.onDelete(channel.id);
  };

  return (
    <Paper withBorder p="sm" data-testid="channel-row">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Group gap="xs">
              <Badge variant="light">{texts.channelKind(channel.kind)}</Badge>
              <Text fw={600} size="sm">
                {channel.label}
              </Text>
              <Badge size="xs" variant="outline" color={channel.status === 'ACTIVE' ? 'teal' : 'orange'}>
                {texts.channelStatus(channel.status)}
              </Badge>
            </Group>
            {channel.target && (
              <Text size="xs" c="dimmed" truncate>
                {channel.target}
              </Text>
            )}
          </Stack>
          <Group gap={4} wrap="nowrap">
            <Button
              size="xs"
              variant="default"
              leftSection={<IconSend size={14} />}
              loading={testing}
              disabled={channel.status !== 'ACTIVE'}
              onClick={() => void runTest()}
            >
              {t('alerts.channels.sendTest')}
            </Button>
            <Tooltip label={t('alerts.channels.delete')}>
              <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('alerts.channels.delete')} onClick={remove}>
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
        {channel.status === 'PENDING_LINK' && channel.telegramLinkUrl && <TelegramLinkButton url={channel.telegramLinkUrl} withHint />}
        <Group grow align="flex-start" wrap="wrap">
          <Select
            size="xs"
            miw={140}
            label={t('alerts.channels.minSeverity')}
            value={channel.minSeverity}
            allowDeselect={false}
            data={ALERT_SEVERITIES.map((s) => ({ value: s, label: texts.severity(s) }))}
            onChange={(value) => value && void actions.onUpdate({ id: channel.id, minSeverity: value as AlertSeverity })}
          />
          <MultiSelect
            size="xs"
            miw={220}
            label={t('alerts.channels.events')}
            placeholder={(channel.events ?? []).length === 0 ? t('alerts.channels.allEvents') : undefined}
            value={channel.events ?? []}
            data={kinds.map((k) => ({ value: k, label: texts.kind(k) }))}
            clearable
            onChange={(values) => void actions.onUpdate({ id: channel.id, events: values.length > 0 ? (values as AlertKind[]) : null })}
          />
        </Group>
        <DeliveryLine label={t('alerts.channels.lastDelivery')} delivery={channel.lastDelivery ?? null} />
        {shownTest && <TestOutcome delivery={shownTest} />}
      </Stack>
    </Paper>
  );
}

function DeliveryLine({ label, delivery }: { label: string; delivery: DeliveryOutcome | null }) {
  const { t } = useTranslation();
  const texts = useAlertTexts();
  return (
    <Group gap="xs">
      <Text size="xs" c="dimmed">
        {label}:
      </Text>
      {delivery ? (
        <>
          <Badge size="xs" variant="light" color={DELIVERY_STATUS_COLOR[delivery.status] ?? 'gray'}>
            {texts.deliveryStatus(delivery.status)}
          </Badge>
          <Text size="xs" c="dimmed">
            {formatDateTime(delivery.sentAt ?? delivery.createdAt)}
          </Text>
          {delivery.status === 'FAILED' && delivery.error && (
            <Text size="xs" c="red">
              {texts.deliveryError(delivery.error)}
            </Text>
          )}
        </>
      ) : (
        <Text size="xs" c="dimmed">
          {t('alerts.channels.never')}
        </Text>
      )}
    </Group>
  );
}

function TestOutcome({ delivery }: { delivery: DeliveryOutcome }) {
  const { t } = useTranslation();
  const texts = useAlertTexts();
  if (delivery.status === 'FAILED')
    return (
      <Text size="sm" c="red" data-testid="test-outcome">
        {t('alerts.channels.testFailed', { reason: texts.deliveryError(delivery.error) })}
      </Text>
    );
  return (
    <Text size="sm" c={delivery.status === 'SENT' ? 'teal' : 'dimmed'} data-testid="test-outcome">
      {delivery.status === 'SENT' ? t('alerts.channels.testSent') : t('alerts.channels.testPending')}
    </Text>
  );
}
