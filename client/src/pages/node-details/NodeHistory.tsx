import { Grid, Group, Paper, SegmentedControl, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { EarningsGranularity } from '../../gql/graphql';
import { EarningsChart } from '../../components/EarningsChart/EarningsChart';
import { StatusTimeline } from '../../components/StatusTimeline/StatusTimeline';
import { InferenceJobs } from '../../components/InferenceJobs/InferenceJobs';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { CardsSkeleton } from '../../components/TableSkeleton/TableSkeleton';

// Its own query: history is only fetched when the tab is opened.
const NodeHistoryQuery = graphql(`
  query NodeHistory($id: ID!, $granularity: EarningsGranularity!) {
    node(id: $id) {
      id
      earnings(granularity: $granularity) {
        ...EarningsChart_point
      }
      statusHistory {
        ...StatusTimeline_change
      }
    }
  }
`);

export function NodeHistory({ nodeId, priceSource }: { nodeId: string; priceSource?: string | null }) {
  const { t } = useTranslation();
  const [granularity, setGranularity] = useState<EarningsGranularity>('EPOCH');
  const { data, error, refetch } = useQuery(NodeHistoryQuery, { variables: { id: nodeId, granularity } });
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <CardsSkeleton count={1} height={260} />;
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Paper withBorder p="md">
          <Group justify="space-between" mb="md">
            <Title order={5}>{t('node.earningsHistory')}, GNK</Title>
            <SegmentedControl
              size="xs"
              value={granularity}
              onChange={(v) => setGranularity(v as EarningsGranularity)}
              data={[
                { value: 'EPOCH', label: t('dashboard.epoch') },
                { value: 'DAY', label: t('dashboard.daily') },
                { value: 'WEEK', label: t('dashboard.weekly') },
              ]}
            />
          </Group>
          <EarningsChart points={data.node.earnings} granularity={granularity} priceSource={priceSource} />
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Paper withBorder p="md">
          <Title order={5} mb="md">
            {t('node.statusHistory')}
          </Title>
          <StatusTimeline changes={data.node.statusHistory} />
        </Paper>
      </Grid.Col>
      <Grid.Col span={12}>
        <InferenceJobs nodeId={nodeId} />
      </Grid.Col>
    </Grid>
  );
}
