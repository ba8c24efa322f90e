import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import type { CloudInstanceCard_NodeFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';

export const CloudInstanceCardFragment = graphql(`
  fragment CloudInstanceCard_node on Node {
    id
    cloudInstance {
      id
      name
      flavor
      gpus {
        model
        count
      }
      region
      regionId
      projectId
      status
      fetchedAt
      stale
    }
  }
`);

/** Whether the query's errors include this field's (Gcore failing with nothing cached): the card says so instead of "not linked". */
export function cloudInstanceFailed(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.path?.at(-1) === 'cloudInstance');
}

const STATUS_COLOR: Record<string, string> = { ACTIVE: 'teal', SHUTOFF: 'gray', ERROR: 'red', BUILD: 'blue', SUSPENDED: 'orange' };

export type CloudInstanceView = NonNullable<CloudInstanceCard_NodeFragment['cloudInstance']>;

/**
 * The node's Gcore instance (read-only): flavor, GPUs, region, status. `adminControls`: the page's
 * link/unlink form for admins (it holds the mutations; this widget only renders its fragment).
 */
export function CloudInstanceCard(props: {
  node: FragmentType<typeof CloudInstanceCardFragment>;
  unavailable?: boolean;
  adminControls?: (nodeId: string, linked: CloudInstanceView | null) => React.ReactNode;
}) {
  const node = useFragment(CloudInstanceCardFragment, props.node);
  const { t } = useTranslation();
  const ci = node.cloudInstance;
  const statuses = t('cloud.statuses', { returnObjects: true }) as Record<string, string>;
  const item = (label: string, value: React.ReactNode) => (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {value}
      </Text>
    </Stack>
  );
  return (
    <Paper withBorder p="md" data-testid="cloud-instance-card">
      <Group justify="space-between" mb="sm">
        <Title order={5}>{t('cloud.title')}</Title>
        {ci && (
          <Text size="xs" c={ci.stale ? 'orange' : 'dimmed'} data-testid="cloud-as-of">
            {ci.stale ? t('cloud.stale') : t('cloud.asOf', { time: formatDateTime(ci.fetchedAt) })}
          </Text>
        )}
      </Group>
      {ci ? (
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
          {item(t('cloud.name'), ci.name || '—')}
          {item(t('cloud.flavor'), ci.flavor)}
          {item(t('cloud.gpus'), ci.gpus ? (ci.gpus.count != null ? t('cloud.gpuCount', { count: ci.gpus.count, model: ci.gpus.model }) : ci.gpus.model) : '—')}
          {item(t('cloud.region'), ci.region || '—')}
          {item(
            t('cloud.status'),
            <Badge variant="light" color={STATUS_COLOR[ci.status] ?? 'gray'}>
              {statuses[ci.status] ?? ci.status}
            </Badge>,
          )}
        </SimpleGrid>
      ) : (
        <Text size="sm" c="dimmed">
          {props.unavailable ? t('cloud.unavailable') : t('cloud.notLinked')}
        </Text>
      )}
      {props.adminControls?.(node.id, ci ?? null)}
    </Paper>
  );
}
