import { Anchor, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { formatGnk, formatNumber, formatPercent, shortIdentifier } from '../../lib/format';
import { NodeStatusBadge } from '../NodeStatusBadge/NodeStatusBadge';
import { observedWithinWindow, UptimeSpan } from '../UptimeSpan/UptimeSpan';
import classes from './NodeTable.module.css';

export const NodeTableFragment = graphql(`
  fragment NodeTable_node on Node {
    id
    displayName
    identifier
    gpuType
    hardware {
      totalGpus
      gpus {
        type
        count
      }
    }
    tokensPerSec
    jobsDay
    earningsDay
    earningsTotal
    uptimePercent
    uptimeObservedSince
    ...NodeStatusBadge_node
  }
`);

/** The GPU label: what support recorded, else the first type the host reports ("8× H100"). */
export function gpuLabel(node: { gpuType?: string | null; hardware?: { gpus: { type: string; count: number }[] } | null }) {
  if (node.gpuType) return node.gpuType;
  const first = node.hardware?.gpus[0];
  if (!first) return null;
  return `${first.count}× ${first.type
    .split('|')[0]!
    .replace(/^NVIDIA\s+/i, '')
    .trim()}`;
}

export function NodeTable(props: { nodes: FragmentType<typeof NodeTableFragment>[]; compact?: boolean }) {
  const nodes = useFragment(NodeTableFragment, props.nodes);
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const full = !props.compact;
  return (
    <Table.ScrollContainer minWidth={props.compact ? 560 : 960}>
      <Table highlightOnHover verticalSpacing="sm" className={classes.table} data-testid="node-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('nodes.node')}</Table.Th>
            <Table.Th>{t('nodes.status')}</Table.Th>
            <Table.Th>{t('nodes.gpu')}</Table.Th>
            {full && <Table.Th className={classes.num}>{t('nodes.tokensPerSec')}</Table.Th>}
            {full && <Table.Th className={classes.num}>{t('nodes.jobsDay')}</Table.Th>}
            <Table.Th className={classes.num}>{t('nodes.earningsDay')}</Table.Th>
            <Table.Th className={classes.num}>{t('nodes.earningsTotal')}</Table.Th>
            {full && <Table.Th className={classes.num}>{t('nodes.uptimeColumn')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {nodes.map((node) => (
            <Table.Tr key={node.id} data-testid="node-row">
              <Table.Td>
                <Stack gap={0}>
                  <Anchor component={Link} to={`/nodes/${node.id}`} fw={600} size="sm">
                    {node.displayName ?? shortIdentifier(node.identifier)}
                  </Anchor>
                  <Tooltip label={node.identifier} openDelay={400}>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {shortIdentifier(node.identifier)}
                    </Text>
                  </Tooltip>
                </Stack>
              </Table.Td>
              <Table.Td>
                <NodeStatusBadge node={node} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{gpuLabel(node) ?? t('common.none')}</Text>
              </Table.Td>
              {full && <Table.Td className={classes.num}>{formatNumber(node.tokensPerSec, lng, 0)}</Table.Td>}
              {full && <Table.Td className={classes.num}>{formatNumber(node.jobsDay, lng, 0)}</Table.Td>}
              <Table.Td className={classes.num}>{formatGnk(node.earningsDay, 2, lng)}</Table.Td>
              <Table.Td className={classes.num}>{formatGnk(node.earningsTotal, 2, lng)}</Table.Td>
              {full && (
                <Table.Td className={classes.num}>
                  {formatPercent(node.uptimePercent, lng)}
                  {/* Only the exception is spelled out in a row: a node observed for less than the window. */}
                  {node.uptimePercent != null && observedWithinWindow(node.uptimeObservedSince) && (
                    <UptimeSpan observedSince={node.uptimeObservedSince} format="ll" />
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
