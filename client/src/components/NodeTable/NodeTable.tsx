import { Anchor, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, useFragment, type FragmentType } from '../../gql';
import type { NodeTable_NodeFragment } from '../../gql/graphql';
import { formatNumber, formatPercent, shortIdentifier } from '../../lib/format';
import { shortGpuModel } from '../../lib/gpu';
import { GnkWithValue } from '../FiatAmount/GnkWithValue';
import { NodeStatusBadge } from '../NodeStatusBadge/NodeStatusBadge';
import { type Column, ResponsiveTable } from '../ResponsiveTable/ResponsiveTable';
import { observedWithinWindow, UptimeSpan } from '../UptimeSpan/UptimeSpan';

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
    earningsDayValue {
      ...FiatAmount_value
    }
    earningsTotal
    earningsTotalValue {
      ...FiatAmount_value
    }
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
  return `${first.count}× ${shortGpuModel(first.type)}`;
}

/** A table on wider screens, a card per node on a phone (ResponsiveTable). */
export function NodeTable(props: { nodes: FragmentType<typeof NodeTableFragment>[]; compact?: boolean; priceSource?: string | null }) {
  const nodes = useFragment(NodeTableFragment, props.nodes);
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const full = !props.compact;
  const columns: (Column<NodeTable_NodeFragment> | false)[] = [
    {
      key: 'node',
      header: t('nodes.node'),
      card: 'title',
      cell: (node) => (
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
      ),
    },
    { key: 'status', header: t('nodes.status'), card: 'status', cell: (node) => <NodeStatusBadge node={node} /> },
    { key: 'gpu', header: t('nodes.gpu'), cell: (node) => <Text size="sm">{gpuLabel(node) ?? t('common.none')}</Text> },
    full && { key: 'tokens', header: t('nodes.tokensPerSec'), numeric: true, cell: (node) => formatNumber(node.tokensPerSec, lng, 0) },
    full && { key: 'jobs', header: t('nodes.jobsDay'), numeric: true, cell: (node) => formatNumber(node.jobsDay, lng, 0) },
    {
      key: 'gnkDay',
      header: t('nodes.earningsDay'),
      numeric: true,
      cell: (node) => <GnkWithValue gnk={node.earningsDay} value={node.earningsDayValue} source={props.priceSource} averaged />,
    },
    {
      key: 'gnkTotal',
      header: t('nodes.earningsTotal'),
      numeric: true,
      cell: (node) => <GnkWithValue gnk={node.earningsTotal} value={node.earningsTotalValue} source={props.priceSource} averaged />,
    },
    full && {
      key: 'uptime',
      header: t('nodes.uptimeColumn'),
      numeric: true,
      cell: (node) => (
        <>
          {formatPercent(node.uptimePercent, lng)}
          {/* Only the exception is spelled out in a row: a node observed for less than the window. */}
          {node.uptimePercent != null && observedWithinWindow(node.uptimeObservedSince) && <UptimeSpan observedSince={node.uptimeObservedSince} format="ll" />}
        </>
      ),
    },
  ];
  return (
    <ResponsiveTable
      rows={nodes}
      columns={columns.filter((c) => c !== false)}
      rowKey={(node) => node.id}
      minWidth={props.compact ? 560 : 960}
      testIds={{ table: 'node-table', row: 'node-row', cards: 'node-cards', card: 'node-card' }}
    />
  );
}
