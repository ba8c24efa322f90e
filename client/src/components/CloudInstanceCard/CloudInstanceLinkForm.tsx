import { Button, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { apiError } from '../../lib/errors';
import { errorText } from '../../lib/error-text';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const LinkMutation = graphql(`
  mutation LinkCloudInstance($input: LinkCloudInstanceInput!) {
    linkCloudInstance(input: $input) {
      id
      ...CloudInstanceCard_node
    }
  }
`);

const UnlinkMutation = graphql(`
  mutation UnlinkCloudInstance($nodeId: ID!) {
    unlinkCloudInstance(nodeId: $nodeId) {
      id
      ...CloudInstanceCard_node
    }
  }
`);

type Values = { projectId: number | string; regionId: number | string; instanceId: string };
const FIELD_OF: Record<string, keyof Values> = { 'input.projectId': 'projectId', 'input.regionId': 'regionId', 'input.instanceId': 'instanceId' };

/** Admins: which Gcore instance (project, region, id) the node runs on. The returned node refreshes the card. */
export function CloudInstanceLinkForm(props: { nodeId: string; linked: { id: string; projectId: number; regionId: number } | null }) {
  const { t, i18n } = useTranslation();
  const [link] = useMutation(LinkMutation);
  const [unlink, { loading: unlinking }] = useMutation(UnlinkMutation);
  const positive = (v: number | string) => (Number.isInteger(Number(v)) && Number(v) > 0 && v !== '' ? null : t('cloud.badId'));
  const form = useForm<Values>({
    initialValues: { projectId: props.linked?.projectId ?? '', regionId: props.linked?.regionId ?? '', instanceId: props.linked?.id ?? '' },
    validate: { projectId: positive, regionId: positive, instanceId: (v) => (UUID.test(v.trim()) ? null : t('cloud.badInstanceId')) },
  });
  const submit = form.onSubmit(async (v) => {
    try {
      await link({
        variables: { input: { nodeId: props.nodeId, projectId: Number(v.projectId), regionId: Number(v.regionId), instanceId: v.instanceId.trim() } },
      });
      notifications.show({ color: 'teal', message: t('cloud.linkedOk') });
    } catch (e) {
      const info = apiError(e);
      const field = info?.field ? FIELD_OF[info.field] : undefined;
      if (field) form.setFieldError(field, field === 'instanceId' ? t('cloud.badInstanceId') : t('cloud.badId'));
      else notifications.show({ color: 'red', message: errorText(info, t, i18n.language) });
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="cloud-link-form">
      <Stack gap="xs" mt="md">
        <Text size="sm" fw={600}>
          {t('cloud.linkTitle')}
        </Text>
        <Group align="flex-start" gap="sm" grow>
          <NumberInput label={t('cloud.projectId')} min={1} allowDecimal={false} {...form.getInputProps('projectId')} />
          <NumberInput label={t('cloud.regionId')} min={1} allowDecimal={false} {...form.getInputProps('regionId')} />
        </Group>
        <TextInput label={t('cloud.instanceId')} ff="monospace" {...form.getInputProps('instanceId')} />
        <Group justify="flex-end" gap="xs">
          {props.linked && (
            <Button
              variant="subtle"
              color="red"
              size="xs"
              loading={unlinking}
              onClick={() =>
                void unlink({ variables: { nodeId: props.nodeId } }).then(() => notifications.show({ color: 'teal', message: t('cloud.unlinkedOk') }))
              }
            >
              {t('cloud.unlink')}
            </Button>
          )}
          <Button type="submit" size="xs" loading={form.submitting}>
            {t('cloud.linkSave')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
