import { Button, Group, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { RentPeriod } from '../../gql/graphql';
import { apiError } from '../../lib/errors';

export const SetNodeRentMutation = graphql(`
  mutation SetNodeRent($input: SetNodeRentInput!) {
    setNodeRent(input: $input) {
      id
      nodeId
    }
  }
`);

type Values = { amount: string; currency: string; period: RentPeriod; validFrom: string };
// The server's bounds (server/src/modules/rents): checked there too, named by field when refused.
const AMOUNT = /^\d{1,9}(\.\d{1,4})?$/;
const SERVER_FIELDS: Record<string, keyof Values | 'nodeIds'> = {
  'input.amount': 'amount',
  'input.currency': 'currency',
  'input.validFrom': 'validFrom',
  'input.nodeIds': 'nodeIds',
};

/** Admin: the same rent for one or more nodes from a date on; the server's field errors land on the field. */
export function RentForm(props: { nodeIds: string[]; onSaved(): void }) {
  const { t } = useTranslation();
  const [save, { loading }] = useMutation(SetNodeRentMutation, { refetchQueries: ['NodeRentPanel', 'ProfitCard'] });
  const form = useForm<Values & { nodeIds?: string }>({
    initialValues: { amount: '', currency: 'USD', period: 'HOUR', validFrom: new Date().toISOString().slice(0, 10) },
    validate: {
      amount: (v) => (AMOUNT.test(v.trim()) && Number(v) > 0 ? null : t('rent.form.errors.amount')),
      validFrom: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? null : t('rent.form.errors.validFrom')),
    },
  });
  const submit = form.onSubmit(async (v) => {
    if (props.nodeIds.length === 0) return form.setFieldError('nodeIds', t('rent.form.errors.nodeIds'));
    try {
      await save({ variables: { input: { nodeIds: props.nodeIds, amount: v.amount.trim(), currency: v.currency, period: v.period, validFrom: v.validFrom } } });
      props.onSaved();
    } catch (error) {
      const info = apiError(error);
      const field = info?.field ? SERVER_FIELDS[info.field] : undefined;
      if (info?.code === 'BAD_USER_INPUT' && field) form.setFieldError(field, t(`rent.form.errors.${field}`));
      else form.setFieldError('amount', info?.code === 'NOT_FOUND' ? t('rent.form.errors.NOT_FOUND') : t('rent.form.errors.generic'));
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="rent-form">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('rent.form.amount')} inputMode="decimal" placeholder="1.85" {...form.getInputProps('amount')} data-testid="rent-amount" />
          <Select label={t('rent.form.currency')} data={['USD', 'EUR']} allowDeselect={false} {...form.getInputProps('currency')} />
          <TextInput label={t('rent.form.validFrom')} type="date" {...form.getInputProps('validFrom')} />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('rent.form.period')}
            </Text>
            <SegmentedControl
              data={[
                { value: 'HOUR', label: t('rent.form.HOUR') },
                { value: 'MONTH', label: t('rent.form.MONTH') },
              ]}
              {...form.getInputProps('period')}
            />
          </Stack>
        </SimpleGrid>
        {form.errors.nodeIds && (
          <Text c="red" size="sm">
            {form.errors.nodeIds}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t('rent.form.hint')}
        </Text>
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>
            {t('rent.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
