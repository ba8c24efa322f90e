import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiError } from '../../lib/errors';
import { errorText } from '../../lib/error-text';

export const PASSWORD_MIN = 10;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface AuthValues {
  email: string;
  password: string;
}

/** Email + password with client validation; server errors shown by their extensions.code. */
export function AuthForm(props: { mode: 'signIn' | 'register'; onSubmit(values: AuthValues): Promise<void> }) {
  const { t, i18n } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<AuthValues>({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (EMAIL_RE.test(v.trim()) ? null : t('auth.invalidEmail')),
      password: (v) => (!v ? t('auth.required') : props.mode === 'register' && v.length < PASSWORD_MIN ? t('auth.passwordMin', { min: PASSWORD_MIN }) : null),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await props.onSubmit({ email: values.email.trim(), password: values.password });
    } catch (error) {
      const info = apiError(error);
      if (info?.code === 'BAD_USER_INPUT' && (info.field === 'email' || info.field === 'password')) {
        form.setFieldError(info.field, errorText(info, t, i18n.language));
      } else if (info?.code === 'RATE_LIMITED') {
        setFormError(t('auth.rateLimited', { minutes: Math.ceil((info.retryAfterSeconds ?? 60) / 60) }));
      } else if (info?.code === 'CONFLICT') {
        form.setFieldError('email', t('auth.conflict'));
      } else if (info?.code === 'UNAUTHENTICATED') {
        setFormError(t('auth.badCredentials'));
      } else {
        setFormError(info?.code ? t('errors.generic') : t('errors.network'));
      }
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {formError && (
          <Alert color="red" data-testid="auth-error">
            {formError}
          </Alert>
        )}
        <TextInput label={t('auth.email')} type="email" autoComplete="email" required key={form.key('email')} {...form.getInputProps('email')} />
        <PasswordInput
          label={t('auth.password')}
          required
          autoComplete={props.mode === 'register' ? 'new-password' : 'current-password'}
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        <Button type="submit" fullWidth loading={form.submitting}>
          {props.mode === 'register' ? t('auth.register') : t('auth.signIn')}
        </Button>
      </Stack>
    </form>
  );
}
