import { Alert, Autocomplete, Button, Group, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateSupportRequestInput, SupportRequestType } from '../../gql/graphql';
import { apiError } from '../../lib/errors';
import { errorText } from '../../lib/error-text';

export const BUDGET_MAX = 200;
export const COMMENTS_MAX = 2000;
export const GPU_OPTIONS = ['H100 80GB', 'H200 141GB', 'B200 192GB', 'A100 80GB', 'RTX 4090', 'RTX 5090'];

type Values = { type: SupportRequestType; gpuType: string; quantity: number | string; budget: string; comments: string };

/** What a new-node request asks for so far (the page estimates its earnings); null when not a new-node request. */
export type RequestDraft = { gpuType: string; quantity: number } | null;

/**
 * New-node or support request; field errors from the server land on the field they name.
 * `onDraftChange` reports the GPU and quantity as they are typed; `expectation` is shown beside them.
 */
export function RequestForm(props: {
  onSubmit(input: CreateSupportRequestInput): Promise<void>;
  onDraftChange?(draft: RequestDraft): void;
  expectation?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { type: 'NEW_NODE', gpuType: '', quantity: 1, budget: '', comments: '' },
    // An out-of-range quantity is kept as typed (no clamping) and explained as soon as the field is left.
    validateInputOnBlur: ['quantity'],
    validate: {
      gpuType: (v, values) => (values.type === 'NEW_NODE' && !v.trim() ? t('request.gpuRequired') : v.length > 64 ? t('request.tooLong', { max: 64 }) : null),
      quantity: (v) => (Number.isInteger(Number(v)) && Number(v) >= 1 && Number(v) <= 100 ? null : t('request.quantityRange')),
      budget: (v) => (v.length > BUDGET_MAX ? t('request.tooLong', { max: BUDGET_MAX }) : null),
      comments: (v) => (v.length > COMMENTS_MAX ? t('request.tooLong', { max: COMMENTS_MAX }) : null),
    },
  });

  const { type, gpuType, quantity } = form.values;
  const { onDraftChange } = props;
  useEffect(() => {
    const n = Number(quantity);
    const valid = type === 'NEW_NODE' && gpuType.trim() !== '' && Number.isInteger(n) && n >= 1 && n <= 100;
    onDraftChange?.(valid ? { gpuType: gpuType.trim(), quantity: n } : null);
  }, [type, gpuType, quantity, onDraftChange]);

  const submit = form.onSubmit(async (v) => {
    setFormError(null);
    try {
      await props.onSubmit({
        type: v.type,
        network: 'GONKA',
        quantity: Number(v.quantity),
        gpuType: v.gpuType.trim() || null,
        budget: v.budget.trim() || null,
        comments: v.comments.trim() || null,
      });
      form.reset();
    } catch (error) {
      const info = apiError(error);
      if (info?.code === 'BAD_USER_INPUT' && info.field && info.field in form.values) form.setFieldError(info.field, errorText(info, t, i18n.language));
      else setFormError(info?.code ? t('errors.generic') : t('errors.network'));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {formError && <Alert color="red">{formError}</Alert>}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label={t('request.type')}
            allowDeselect={false}
            {...form.getInputProps('type')}
            data={(['NEW_NODE', 'SUPPORT', 'OTHER'] as const).map((v) => ({ value: v, label: t(`requestType.${v}`) }))}
          />
          <TextInput label={t('request.network')} value="Gonka" readOnly disabled />
          <Autocomplete
            label={t('request.gpuType')}
            data={GPU_OPTIONS}
            placeholder={t('formHints.example', { value: 'H100 80GB' })}
            withAsterisk={form.values.type === 'NEW_NODE'}
            {...form.getInputProps('gpuType')}
          />
          <NumberInput label={t('request.quantity')} min={1} max={100} clampBehavior="none" allowDecimal={false} {...form.getInputProps('quantity')} />
        </SimpleGrid>
        {form.values.type === 'NEW_NODE' && props.expectation}
        <TextInput label={t('request.budget')} placeholder={t('formHints.example', { value: '$2–3 / GPU-hour' })} {...form.getInputProps('budget')} />
        <Textarea label={t('request.comments')} autosize minRows={3} maxRows={8} {...form.getInputProps('comments')} />
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            {t('request.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
