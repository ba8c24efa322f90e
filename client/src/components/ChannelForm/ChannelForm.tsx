import { Button, Group, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlertKind, AlertSeverity, CreateNotificationChannelInput, NotificationChannelKind } from '../../gql/graphql';
import { ADMIN_ALERT_KINDS, ALERT_KINDS, ALERT_SEVERITIES, CHANNEL_KINDS } from '../../lib/alert-kinds';
import { useAlertTexts } from '../../lib/alert-texts';
import { type ApiErrorInfo, apiError } from '../../lib/errors';
import { ChannelCreated, type CreatedChannelResult } from './ChannelCreated';
import { LABEL_MAX, TARGET_MAX, labelError, targetError } from './channel-validation';

const PLACEHOLDER: Record<NotificationChannelKind, string> = {
  EMAIL: 'you@example.com',
  TELEGRAM: '',
  DISCORD: 'https://discord.com/api/webhooks/…',
  WEBHOOK: 'https://example.com/minegnk-hook',
};

/** Where the server's refusal shows and how it is worded: by code and field, never by its (English) message. */
function serverRefusal(info: ApiErrorInfo | null, kind: NotificationChannelKind): ['kind' | 'label' | 'target', string] {
  if (info?.code === 'SERVICE_UNAVAILABLE') return ['kind', 'alerts.channels.telegramUnreachable'];
  if (info?.code !== 'BAD_USER_INPUT') return ['target', 'errors.generic'];
  if (info.field === 'input.label') return ['label', 'alerts.channels.required'];
  // The channel limit, or a kind the server has no bot for.
  if (info.field === 'input.kind') return ['kind', 'alerts.channels.kindRefused'];
  if (kind === 'EMAIL') return ['target', 'alerts.channels.invalidEmail'];
  return ['target', kind === 'DISCORD' ? 'alerts.channels.discordRefused' : 'alerts.channels.targetRefused'];
}

interface ChannelFormValues {
  kind: NotificationChannelKind;
  target: string;
  label: string;
  minSeverity: AlertSeverity;
  events: AlertKind[];
}

const INITIAL: ChannelFormValues = { kind: 'EMAIL', target: '', label: '', minSeverity: 'WARNING', events: [] };

/** Adds a channel; after saving, shows what the server hands out only once (secret, Telegram link). */
export function ChannelForm(props: { isAdmin?: boolean; onSubmit(input: CreateNotificationChannelInput): Promise<CreatedChannelResult> }) {
  const { t } = useTranslation();
  const texts = useAlertTexts();
  const [created, setCreated] = useState<CreatedChannelResult | null>(null);
  const form = useForm<ChannelFormValues>({
    initialValues: INITIAL,
    validate: {
      target: (value, values) => {
        const key = targetError(values.kind, value);
        return key ? t(key, { max: TARGET_MAX }) : null;
      },
      label: (value) => {
        const key = labelError(value);
        return key ? t(key, { max: LABEL_MAX }) : null;
      },
    },
  });
  const submit = form.onSubmit(async (v) => {
    try {
      const result = await props.onSubmit({
        kind: v.kind,
        // A Telegram chat is linked by the deep link after saving: no target to send.
        target: v.kind === 'TELEGRAM' ? '' : v.target.trim(),
        label: v.label.trim(),
        minSeverity: v.minSeverity,
        // None picked means every kind (the server stores null).
        events: v.events.length > 0 ? v.events : null,
      });
      form.reset();
      if (result.secret || result.telegramLinkUrl) setCreated(result);
    } catch (error) {
      const [field, message] = serverRefusal(apiError(error), v.kind);
      form.setFieldError(field, t(message));
    }
  });

  if (created) return <ChannelCreated result={created} onDone={() => setCreated(null)} />;
  const kinds = ALERT_KINDS.filter((k) => props.isAdmin || !ADMIN_ALERT_KINDS.has(k));
  const kind = form.values.kind;
  return (
    <form onSubmit={submit} noValidate data-testid="channel-form">
      <Stack gap="sm">
        <Group grow align="flex-start" wrap="wrap">
          <Select
            miw={160}
            label={t('alerts.channels.kindLabel')}
            data={CHANNEL_KINDS.map((k) => ({ value: k, label: texts.channelKind(k) }))}
            allowDeselect={false}
            {...form.getInputProps('kind')}
            onChange={(value) => {
              form.setFieldValue('kind', (value ?? 'EMAIL') as NotificationChannelKind);
              form.clearFieldError('target');
            }}
          />
          <TextInput
            miw={200}
            label={t('alerts.channels.label')}
            placeholder={t('alerts.channels.labelPlaceholder')}
            withAsterisk
            {...form.getInputProps('label')}
          />
        </Group>
        {kind !== 'TELEGRAM' ? (
          <TextInput label={t(`alerts.channels.target.${kind}`)} placeholder={PLACEHOLDER[kind]} withAsterisk {...form.getInputProps('target')} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('alerts.channels.targetHint.TELEGRAM')}
          </Text>
        )}
        <Group grow align="flex-start" wrap="wrap">
          <Select
            miw={160}
            label={t('alerts.channels.minSeverity')}
            data={ALERT_SEVERITIES.map((s) => ({ value: s, label: texts.severity(s) }))}
            allowDeselect={false}
            {...form.getInputProps('minSeverity')}
          />
          <MultiSelect
            miw={240}
            label={t('alerts.channels.events')}
            placeholder={form.values.events.length === 0 ? t('alerts.channels.allEvents') : undefined}
            data={kinds.map((k) => ({ value: k, label: texts.kind(k) }))}
            clearable
            searchable
            {...form.getInputProps('events')}
          />
        </Group>
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            {t('alerts.channels.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
