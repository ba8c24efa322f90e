import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { formatDate } from '../../lib/format';
import { cleanGpuLabel } from '../../lib/gpu';
import { ResponsiveTable } from '../ResponsiveTable/ResponsiveTable';
import { NodeIdentifier } from '../NodeIdentifier/NodeIdentifier';
import { NodeWeight } from '../NodeWeight/NodeWeight';

export const NodeSpecsFragment = graphql(`
  fragment NodeSpecs_node on Node {
    identifier
    identifierType
    gpuType
    region
    cloudInstance {
      region
    }
    activeModel
    ...NodeWeight_node
    createdAt
    hardware {
      totalGpus
      gpus {
        type
        count
      }
      mlNodes {
        localId
        status
        models
      }
    }
  }
`);

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text component="div" size="sm" mt={2} style={{ wordBreak: 'break-all' }}>
        {children}
      </Text>
    </div>
  );
}

/** Overview tab: identity, active model, weight and the on-chain hardware report. */
export function NodeSpecs(props: { node: FragmentType<typeof NodeSpecsFragment>; explorerUrlTemplate?: string | null }) {
  const node = useFragment(NodeSpecsFragment, props.node);
  const { t, i18n } = useTranslation();
  const none = t('common.none');
  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg">
          <Field label={t('node.identifier')}>
            <NodeIdentifier identifier={node.identifier} explorerUrlTemplate={props.explorerUrlTemplate} />
          </Field>
          <Field label={t('node.identifierType')}>{t(`history.identifierType.${node.identifierType}`, { defaultValue: node.identifierType })}</Field>
          <Field label={t('node.activeModel')}>{node.activeModel ?? none}</Field>
          <Field label={t('node.weight')}>
            <NodeWeight node={node} />
          </Field>
          <Field label={t('nodes.gpu')}>{node.gpuType ?? (node.hardware ? t('format.gpus', { count: node.hardware.totalGpus }) : none)}</Field>
          {/* The region recorded at assignment, else the linked cloud instance's (most nodes have only the latter). */}
          <Field label={t('node.region')}>{node.region ?? node.cloudInstance?.region ?? none}</Field>
          <Field label={t('node.added')}>{formatDate(node.createdAt, i18n.language)}</Field>
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md">
        <Title order={5} mb="sm">
          {t('node.hardware')}
        </Title>
        {!node.hardware ? (
          <Text c="dimmed" size="sm">
            {t('node.noHardware')}
          </Text>
        ) : (
          <Stack gap="md">
            <Group gap="xs">
              {node.hardware.gpus.map((g) => {
                const { model, memory } = cleanGpuLabel(g.type);
                return (
                  <Badge key={g.type} variant="default" size="lg" tt="none" title={g.type}>
                    {g.count}× {model}
                    {memory && (
                      <Text span size="xs" c="dimmed" ml={6}>
                        {memory}
                      </Text>
                    )}
                  </Badge>
                );
              })}
            </Group>
            <ResponsiveTable
              rows={node.hardware.mlNodes}
              rowKey={(ml) => ml.localId}
              minWidth={420}
              tableProps={{ verticalSpacing: 'xs', highlightOnHover: false }}
              columns={[
                {
                  key: 'id',
                  header: t('node.mlNodes'),
                  card: 'title',
                  cell: (ml) => (
                    <Text ff="monospace" size="sm">
                      {ml.localId}
                    </Text>
                  ),
                },
                {
                  key: 'status',
                  header: t('nodes.status'),
                  card: 'status',
                  cell: (ml) => (
                    <Badge variant="light" color={ml.status === 'INFERENCE' ? 'teal' : ml.status === 'FAILED' ? 'red' : 'gray'}>
                      {t(`history.mlNodeStatus.${ml.status}`, { defaultValue: ml.status })}
                    </Badge>
                  ),
                },
                { key: 'models', header: t('node.models'), cell: (ml) => ml.models.join(', ') || none },
              ]}
            />
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
