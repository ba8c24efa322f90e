import { Button, Group, SegmentedControl, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import type { Currency, UpdateProfileInput } from '../../gql/graphql';
import { apiError } from '../../lib/errors';
import { errorText } from '../../lib/error-text';

export const ProfileFormFragment = graphql(`
  fragment ProfileForm_user on User {
    role
    displayName
    telegram
    discord
    currencyPreference
    notificationPreferences {
      nodeDown
      epochGuard
      earningsDrop
      requestUpdates
      assignments
      system
    }
  }
`);

const PREFS = ['nodeDown', 'epochGuard', 'earningsDrop', 'requestUpdates', 'assignments', 'system'] as const;
type Pref = (typeof PREFS)[number];
/** Event groups worded with the alerts texts (#14); the first three predate them. */
const PREF_LABEL: Record<Pref, string> = {
  nodeDown: 'profile.nodeDown',
  epochGuard: 'alerts.prefs.epochGuard',
  earningsDrop: 'profile.earningsDrop',
  requestUpdates: 'profile.requestUpdates',
  assignments: 'alerts.prefs.assignments',
  system: 'alerts.prefs.system',
};

export function ProfileForm(props: { user: FragmentType<typeof ProfileFormFragment>; onSubmit(input: UpdateProfileInput): Promise<void> }) {
  const user = useFragment(ProfileFormFragment, props.user);
  const { t, i18n } = useTranslation();
  const isAdmin = user.role === 'ADMIN';
  const form = useForm({
    initialValues: {
      displayName: user.displayName ?? '',
      telegram: user.telegram ?? '',
      discord: user.discord ?? '',
      currencyPreference: user.currencyPreference as Currency,
      ...user.notificationPreferences,
    },
    validate: {
      telegram: (v) => (v && !/^@?[A-Za-z0-9_]{5,32}$/.test(v.trim()) ? '@handle, 5–32 letters, digits or _' : null),
      discord: (v) => (v.length > 64 ? t('request.tooLong', { max: 64 }) : null),
      displayName: (v) => (v.trim().length > 64 ? t('request.tooLong', { max: 64 }) : null),
    },
  });
  const submit = form.onSubmit(async (v) => {
    try {
      await props.onSubmit({
        // The public name is what customers see of an admin handling their request.
        ...(isAdmin ? { displayName: v.displayName.trim() || null } : {}),
        telegram: v.telegram.trim() || null,
        discord: v.discord.trim() || null,
        currencyPreference: v.currencyPreference,
        notificationPreferences: Object.fromEntries(PREFS.filter((p) => isAdmin || p !== 'system').map((p) => [p, v[p]])),
      });
      form.resetDirty();
    } catch (error) {
      const info = apiError(error);
      form.setFieldError(info?.field && info.field in form.values ? info.field : 'telegram', errorText(info, t, i18n.language));
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {isAdmin && <TextInput label={t('profile.displayName')} description={t('profile.displayNameHint')} {...form.getInputProps('displayName')} />}
        <Title order={4}>{t('profile.contacts')}</Title>
        <Group grow align="flex-start" wrap="wrap">
          <TextInput miw={200} label={t('profile.telegram')} placeholder="@handle" {...form.getInputProps('telegram')} />
          <TextInput miw={200} label={t('profile.discord')} placeholder="name" {...form.getInputProps('discord')} />
        </Group>
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t('profile.currency')}
          </Text>
          <SegmentedControl data={['USD', 'EUR', 'GNK']} {...form.getInputProps('currencyPreference')} />
        </div>
        <Title order={4} mt="sm">
          {t('profile.notifications')}
        </Title>
        {PREFS.filter((p) => isAdmin || p !== 'system').map((p) => (
          <Switch key={p} label={t(PREF_LABEL[p])} {...form.getInputProps(p, { type: 'checkbox' })} />
        ))}
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting} disabled={!form.isDirty()}>
            {t('profile.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
