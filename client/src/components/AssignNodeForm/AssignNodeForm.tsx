import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { AssignNodeInput, IdentifierType } from '../../gql/graphql';
import { apiError } from '../../lib/errors';
import { errorText } from '../../lib/error-text';

// bech32: "gonka1" then 38+ characters of the bech32 alphabet (the server checks the checksum).
const GONKA_ADDRESS = /^gonka1[02-9ac-hj-np-z]{38,}$/;
const BECH32_TYPES: IdentifierType[] = ['WALLET', 'OPERATOR', 'VALIDATOR'];
// Where the server reports a malformed identifier (the validation pipe names the argument path).
const IDENTIFIER_FIELDS = ['input.identifier', 'identifier'];

export interface UserOption {
  value: string;
  label: string;
}

type Values = { userId: string | null; identifier: string; identifierType: IdentifierType; displayName: string };

/** Admin: link a gonka1… identifier to a customer; the server's field errors land on the field. */
export function AssignNodeForm(props: { users: UserOption[]; onUserSearch(text: string): void; onSubmit(input: AssignNodeInput): Promise<void> }) {
  const { t, i18n } = useTranslation();
  const form = useForm<Values>({
    initialValues: { userId: null, identifier: '', identifierType: 'WALLET', displayName: '' },
    validate: {
      userId: (v) => (v ? null : t('auth.required')),
      identifier: (v, values) =>
        !v.trim() ? t('auth.required') : BECH32_TYPES.includes(values.identifierType) && !GONKA_ADDRESS.test(v.trim()) ? 'gonka1…' : null,
      displayName: (v) => (v.length > 100 ? t('request.tooLong', { max: 100 }) : null),
    },
  });
  const submit = form.onSubmit(async (v) => {
    try {
      await props.onSubmit({ userId: v.userId!, identifier: v.identifier.trim(), identifierType: v.identifierType, displayName: v.displayName.trim() || null });
      form.reset();
    } catch (error) {
      const info = apiError(error);
      if (info?.code === 'BAD_USER_INPUT' && IDENTIFIER_FIELDS.includes(info.field ?? '')) {
        // The validator's text names the input path and "bech32"; the admin needs what a valid one looks like.
        form.setFieldError('identifier', t(`admin.badIdentifier.${v.identifierType}`));
        return;
      }
      const field = info?.field && info.field in form.values ? info.field : 'identifier';
      form.setFieldError(field, errorText(info, t, i18n.language));
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="assign-form">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('admin.customer')}
          placeholder={t('admin.searchUsers')}
          searchable
          data={props.users}
          onSearchChange={props.onUserSearch}
          nothingFoundMessage="—"
          {...form.getInputProps('userId')}
        />
        <TextInput label={t('admin.identifier')} ff="monospace" {...form.getInputProps('identifier')} />
        <Select
          label={t('admin.identifierType')}
          allowDeselect={false}
          data={['WALLET', 'OPERATOR', 'VALIDATOR', 'NODE_ID']}
          {...form.getInputProps('identifierType')}
        />
        <TextInput label={t('admin.displayName')} {...form.getInputProps('displayName')} />
      </SimpleGrid>
      <Group justify="flex-end" mt="md">
        <Button type="submit" loading={form.submitting}>
          {t('admin.assign')}
        </Button>
      </Group>
    </form>
  );
}
