import { Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { EpochTable } from '../../components/EpochTable/EpochTable';
import { EpochRewardChart } from '../../components/EpochRewardChart/EpochRewardChart';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { CardsSkeleton } from '../../components/TableSkeleton/TableSkeleton';

export const EPOCHS_PAGE_SIZE = 20;

// Its own query: settled epochs are only fetched when the tab is opened.
export const NodeEpochsQuery = graphql(`
  query NodeEpochs($id: ID!, $first: Int!, $after: String) {
    node(id: $id) {
      id
      epochs(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            epoch
            ...EpochTable_outcome
            ...EpochRewardChart_outcome
          }
        }
      }
    }
  }
`);

/** The Epochs tab: reward per epoch, then each epoch's verdict and claim, newest first, a page at a time. */
export function NodeEpochs({ nodeId, priceSource }: { nodeId: string; priceSource?: string | null }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(NodeEpochsQuery, { variables: { id: nodeId, first: EPOCHS_PAGE_SIZE } });
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <CardsSkeleton count={1} height={260} />;
  const conn = data.node.epochs;
  const outcomes = conn.edges.map((e) => e.node);
  return (
    <Stack gap="lg">
      <Paper withBorder p="md">
        <Title order={5} mb="md">
          {t('epochs.chart.title')}
        </Title>
        <EpochRewardChart outcomes={outcomes} priceSource={priceSource} />
      </Paper>
      <Paper withBorder>
        <Title order={5} p="md" pb={0}>
          {t('epochs.table.title')}
        </Title>
        <EpochTable outcomes={outcomes} priceSource={priceSource} />
        {outcomes.length > 0 && (
          <Text size="xs" c="dimmed" ta="center" pt="sm">
            {t('epochs.table.shown', { shown: outcomes.length, total: conn.totalCount })}
          </Text>
        )}
        {conn.pageInfo.hasNextPage && (
          <Center p="sm">
            <Button variant="default" size="xs" loading={loading} onClick={() => void fetchMore({ variables: { after: conn.pageInfo.endCursor } })}>
              {t('epochs.table.loadMore')}
            </Button>
          </Center>
        )}
      </Paper>
    </Stack>
  );
}
