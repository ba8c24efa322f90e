import { Button, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiTokenScope, CreateApiTokenInput } from '../../gql/graphql';
import { type ApiErrorInfo, apiError } from '../../lib/errors';
import { ApiTokenCreated } from './ApiTokenCreated';

// The server's bounds (server/src/modules/api-tokens/api-tokens.constants.ts).
export const NAME_MAX = 64;
export const DAYS_MIN = 1;
export const DAYS_MAX = 365;
const SCOPES: ApiTokenScope[] = ['READ', 'FULL'];

interface Values {
  name: string;
  scope: ApiTokenScope;
  expiresInDays: number | string;
}

/** Where the server's refusal shows and how it is worded: by code and field, never by its message. */
function serverRefusal(info: ApiErrorInfo | null): [keyof Values, string] {
  if (info?.code === 'CONFLICT') return ['name', 'apiTokens.limitReached'];
  if (info?.code === 'FORBIDDEN') return ['name', 'apiTokens.signInRequired'];
  if (info?.code === 'BAD_USER_INPUT' && info.field === 'input.expiresInDays') return ['expiresInDays', 'apiTokens.daysRange'];
  if (info?.code === 'BAD_USER_INPUT' && info.field === 'input.name') return ['name', 'apiTokens.nameRequired'];
  return ['name', 'errors.generic'];
}

/** Creates a token (name, scope, expiry); then shows its secret once. */
export function ApiTokenForm(props: { onSubmit(input: CreateApiTokenInput): Promise<string> }) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { name: '', scope: 'READ', expiresInDays: 90 },
    validate: {
      name: (v) => (!v.trim() ? t('apiTokens.nameRequired') : v.trim().length > NAME_MAX ? t('apiTokens.nameTooLong', { max: NAME_MAX }) : null),
      // Out of range is shown, never silently clamped.
      expiresInDays: (v) =>
        typeof v !== 'number' || !Number.isInteger(v) || v < DAYS_MIN || v > DAYS_MAX ? t('apiTokens.daysRange', { min: DAYS_MIN, max: DAYS_MAX }) : null,
    },
  });
  const submit = form.onSubmit(async (v) => {
    try {
      const token = await props.onSubmit({ name: v.name.trim(), scope: v.scope, expiresInDays: Number(v.expiresInDays) });
      form.reset();
      setCreated(token);
    } catch (error) {
      const [field, key] = serverRefusal(apiError(error));
      form.setFieldError(field, t(key, { min: DAYS_MIN, max: DAYS_MAX }));
    }
  });

  if (created) return <ApiTokenCreated token={created} onDone={() => setCreated(null)} />;
  return (
    <form onSubmit={submit} noValidate aria-label={t('apiTokens.create')}>
      <Stack gap="sm">
        <Group grow align="flex-start" wrap="wrap">
          <TextInput label={t('apiTokens.name')} placeholder={t('apiTokens.namePlaceholder')} maxLength={NAME_MAX + 1} {...form.getInputProps('name')} />
          <Select
            label={t('apiTokens.scope')}
            data={SCOPES.map((s) => ({ value: s, label: t(`apiTokens.scopes.${s}`) }))}
            description={t(`apiTokens.scopeHints.${form.values.scope}`)}
            allowDeselect={false}
            {...form.getInputProps('scope')}
          />
          <NumberInput label={t('apiTokens.expiresInDays')} allowDecimal={false} clampBehavior="none" {...form.getInputProps('expiresInDays')} />
        </Group>
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            {t('apiTokens.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
