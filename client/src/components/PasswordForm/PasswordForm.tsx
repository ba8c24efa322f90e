import { Button, Group, PasswordInput, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { apiError } from '../../lib/errors';
import { PASSWORD_MIN } from '../AuthForm/AuthForm';
import { errorText } from '../../lib/error-text';

export function PasswordForm(props: { onSubmit(input: { currentPassword: string; newPassword: string }): Promise<void> }) {
  const { t, i18n } = useTranslation();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      currentPassword: (v) => (v ? null : t('auth.required')),
      newPassword: (v) => (v.length >= PASSWORD_MIN ? null : t('auth.passwordMin', { min: PASSWORD_MIN })),
      confirm: (v, values) => (v === values.newPassword ? null : t('profile.mismatch')),
    },
  });
  const submit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    try {
      await props.onSubmit({ currentPassword, newPassword });
      form.reset();
    } catch (error) {
      const info = apiError(error);
      if (info?.code === 'BAD_USER_INPUT' && info.field === 'newPassword') form.setFieldError('newPassword', errorText(info, t, i18n.language));
      else if (info?.code === 'BAD_USER_INPUT' || info?.code === 'UNAUTHENTICATED') form.setFieldError('currentPassword', t('profile.wrongPassword'));
      else form.setFieldError('currentPassword', t('errors.generic'));
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Title order={4}>{t('profile.password')}</Title>
        <PasswordInput
          label={t('profile.currentPassword')}
          autoComplete="current-password"
          key={form.key('currentPassword')}
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput label={t('profile.newPassword')} autoComplete="new-password" key={form.key('newPassword')} {...form.getInputProps('newPassword')} />
        <PasswordInput label={t('profile.confirmPassword')} autoComplete="new-password" key={form.key('confirm')} {...form.getInputProps('confirm')} />
        <Group justify="flex-end">
          <Button type="submit" variant="default" loading={form.submitting}>
            {t('profile.password')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
