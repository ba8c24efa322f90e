import { Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import type { FragmentType } from '../../gql';
import { graphql } from '../../gql';
import { MetricsHistory } from '../../components/MetricsHistory/MetricsHistory';
import { NodeMetrics, type NodeMetricsFragment } from '../../components/NodeMetrics/NodeMetrics';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { CardsSkeleton } from '../../components/TableSkeleton/TableSkeleton';

/** Epochs the Metrics tab charts (the server allows up to 200). */
export const METRICS_HISTORY_EPOCHS = 30;

// Its own query: the history is only fetched when the tab is opened.
export const NodeMetricsHistoryQuery = graphql(`
  query NodeMetricsHistory($id: ID!, $epochs: Int!) {
    node(id: $id) {
      id
      metricsHistory(epochs: $epochs) {
        ...MetricsHistory_point
      }
    }
  }
`);

/** The Metrics tab: today's figures (from the page's query), then their history per epoch. */
export function NodeMetricsTab({ nodeId, node, priceSource }: { nodeId: string; node: FragmentType<typeof NodeMetricsFragment>; priceSource?: string | null }) {
  const { data, error, refetch } = useQuery(NodeMetricsHistoryQuery, { variables: { id: nodeId, epochs: METRICS_HISTORY_EPOCHS } });
  return (
    <Stack gap="md">
      <NodeMetrics node={node} priceSource={priceSource} />
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : data ? (
        <MetricsHistory points={data.node.metricsHistory} />
      ) : (
        <CardsSkeleton count={1} height={200} />
      )}
    </Stack>
  );
}
