import { Button, Group, NumberInput, Stack, Switch, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import type { AlertRulesInput } from '../../gql/graphql';
import { apiError } from '../../lib/errors';
import { errorText } from '../../lib/error-text';

export const AlertRulesFormFragment = graphql(`
  fragment AlertRulesForm_user on User {
    alertRules {
      holdRefreshes
      claimWindowHours
      earningsDropShare
      reminderMinutes
    }
  }
`);

/** The server's bounds (server/src/modules/users/alert-rules.ts ALERT_RULE_BOUNDS; the share as %). */
export const RULE_BOUNDS = {
  holdRefreshes: [1, 10],
  claimWindowHours: [1, 72],
  earningsDropPercent: [5, 95],
  reminderMinutes: [15, 1440],
} as const;
const DEFAULT_REMINDER_MINUTES = 60;

/** Flap suppression, claim-window warning, earnings-drop share (shown as %) and the optional reminder. */
export function AlertRulesForm(props: { user: FragmentType<typeof AlertRulesFormFragment>; onSubmit(input: AlertRulesInput): Promise<void> }) {
  const { alertRules: rules } = useFragment(AlertRulesFormFragment, props.user);
  const { t, i18n } = useTranslation();
  const outOfRange = (key: keyof typeof RULE_BOUNDS, value: unknown) => {
    const [min, max] = RULE_BOUNDS[key];
    const n = Number(value);
    return value === '' || !Number.isInteger(n) || n < min || n > max ? t('alerts.rules.range', { min, max }) : null;
  };
  const form = useForm({
    initialValues: {
      holdRefreshes: rules.holdRefreshes,
      claimWindowHours: rules.claimWindowHours,
      // The API carries a share (0.5); people think in percent (50).
      earningsDropPercent: Math.round(rules.earningsDropShare * 100),
      reminder: rules.reminderMinutes != null,
      reminderMinutes: rules.reminderMinutes ?? DEFAULT_REMINDER_MINUTES,
    },
    validate: {
      holdRefreshes: (v) => outOfRange('holdRefreshes', v),
      claimWindowHours: (v) => outOfRange('claimWindowHours', v),
      earningsDropPercent: (v) => outOfRange('earningsDropPercent', v),
      reminderMinutes: (v, values) => (values.reminder ? outOfRange('reminderMinutes', v) : null),
    },
  });
  const submit = form.onSubmit(async (v) => {
    try {
      await props.onSubmit({
        holdRefreshes: Number(v.holdRefreshes),
        claimWindowHours: Number(v.claimWindowHours),
        earningsDropShare: Number(v.earningsDropPercent) / 100,
        reminderMinutes: v.reminder ? Number(v.reminderMinutes) : null,
      });
      form.resetDirty();
    } catch (error) {
      const info = apiError(error);
      const field = info?.field?.replace(/^input\.alertRules\./, '');
      const key = field === 'earningsDropShare' ? 'earningsDropPercent' : field && field in form.values ? field : 'holdRefreshes';
      form.setFieldError(key, errorText(info, t, i18n.language));
    }
  });
  const range = (key: keyof typeof RULE_BOUNDS) => ({
    min: RULE_BOUNDS[key][0],
    max: RULE_BOUNDS[key][1],
    allowDecimal: false,
  });
  return (
    <form onSubmit={submit} noValidate data-testid="alert-rules-form">
      <Stack gap="sm">
        <Title order={4}>{t('alerts.rules.title')}</Title>
        <Group grow align="flex-start" wrap="wrap">
          <NumberInput
            miw={200}
            label={t('alerts.rules.holdRefreshes')}
            description={t('alerts.rules.holdRefreshesHint')}
            {...range('holdRefreshes')}
            {...form.getInputProps('holdRefreshes')}
          />
          <NumberInput miw={200} label={t('alerts.rules.claimWindowHours')} {...range('claimWindowHours')} {...form.getInputProps('claimWindowHours')} />
        </Group>
        <NumberInput
          label={t('alerts.rules.earningsDropShare')}
          description={t('alerts.rules.earningsDropHint')}
          suffix=" %"
          {...range('earningsDropPercent')}
          {...form.getInputProps('earningsDropPercent')}
        />
        <Switch label={t('alerts.rules.reminder')} {...form.getInputProps('reminder', { type: 'checkbox' })} />
        {form.values.reminder && (
          <NumberInput label={t('alerts.rules.reminderMinutes')} {...range('reminderMinutes')} {...form.getInputProps('reminderMinutes')} />
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting} disabled={!form.isDirty()}>
            {t('alerts.rules.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
