import { Anchor, Grid, Group, Paper, SegmentedControl, Stack, Title } from '@mantine/core';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { IconCoin, IconCpu, IconMessages, IconServer2 } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { EarningsGranularity } from '../../gql/graphql';
import { PageHeader } from '../../components/PageHeader/PageHeader';
import { SummaryCards, type SummaryItem } from '../../components/SummaryCards/SummaryCards';
import { EarningsChart } from '../../components/EarningsChart/EarningsChart';
import { ActivityFeed } from '../../components/ActivityFeed/ActivityFeed';
import { NodeTable } from '../../components/NodeTable/NodeTable';
import { StatsFreshness } from '../../components/StatsFreshness/StatsFreshness';
import { EmptyNodes } from '../../components/EmptyNodes/EmptyNodes';
import { ErrorState } from '../../components/ErrorState/ErrorState';
import { CardsSkeleton } from '../../components/TableSkeleton/TableSkeleton';
import { GnkAmount } from '../../components/GnkAmount/GnkAmount';
import { FiatAmount } from '../../components/FiatAmount/FiatAmount';
import { NeedsAttention } from '../../components/NeedsAttention/NeedsAttention';
import { useLiveUpdates } from '../../lib/useLiveUpdates';
import { ProfitCard } from '../../components/ProfitCard/ProfitCard';

const DashboardPageQuery = graphql(`
  query DashboardPage($granularity: EarningsGranularity!) {
    dashboard {
      activeNodes
      attentionNodes
      totalNodes
      totalGpus
      earningsMonth
      earningsMonthValue {
        # Read here too: a GNK preference drops the "·" before the value.
        currency
        ...FiatAmount_value
      }
      pendingRequests
      ...NeedsAttention_dashboard
      earningsSeries(granularity: $granularity) {
        ...EarningsChart_point
      }
      recentActivity(first: 8) {
        nodes {
          id
          ...ActivityFeed_event
        }
      }
    }
    price {
      source
    }
    myNodes(first: 5) {
      edges {
        node {
          id
          ...StatsFreshness_node
          ...NodeTable_node
        }
      }
    }
  }
`);

export default function DashboardPage() {
  const { t } = useTranslation();
  const [granularity, setGranularity] = useState<EarningsGranularity>('DAY');
  const query = useQuery(DashboardPageQuery, {
    variables: { granularity },
    fetchPolicy: 'cache-and-network',
    // A failing upstream nulls only the fields that need it (e.g. totalGpus): show the rest.
    errorPolicy: 'all',
  });
  const { data, error, refetch, networkStatus } = query;
  const { refresh, mode } = useLiveUpdates(query);

  const nodes = data?.myNodes.edges.map((e) => e.node) ?? [];
  const header = (
    <PageHeader title={t('dashboard.title')} actions={data && <StatsFreshness nodes={nodes} mode={mode} onRefresh={refresh} refreshing={query.loading} />} />
  );
  if (error && !data)
    return (
      <>
        {header}
        <ErrorState error={error} onRetry={() => void refetch()} />
      </>
    );
  if (!data)
    return (
      <>
        {header}
        <CardsSkeleton />
      </>
    );
  const d = data.dashboard;
  if (d.totalNodes === 0)
    return (
      <>
        {header}
        <EmptyNodes />
      </>
    );

  const ofTotal = t('dashboard.ofTotal', { total: d.totalNodes });
  const activeHint = d.attentionNodes > 0 ? `${ofTotal} · ${t('dashboard.attention', { n: d.attentionNodes })}` : ofTotal;
  const summary: SummaryItem[] = [
    {
      key: 'active',
      label: t('dashboard.activeNodes'),
      value: d.activeNodes,
      hint: activeHint,
      icon: <IconServer2 size={22} />,
      color: d.attentionNodes > 0 ? 'orange' : undefined,
    },
    { key: 'gpus', label: t('dashboard.totalGpus'), value: d.totalGpus ?? t('common.none'), icon: <IconCpu size={22} />, color: 'blue' },
    {
      key: 'earnings',
      label: t('dashboard.earningsMonth'),
      // As GnkWithValue (#16): a known value in the preferred currency leads, its GNK under it; without
      // a price the GNK figure stays the value and "—" stands for the converted one.
      ...(d.earningsMonthValue && d.earningsMonthValue.currency !== 'GNK'
        ? {
            value: <FiatAmount value={d.earningsMonthValue} source={data.price?.source} averaged />,
            hint: (
              <>
                <GnkAmount value={d.earningsMonth} /> GNK
              </>
            ),
          }
        : {
            value: <GnkAmount value={d.earningsMonth} />,
            // FiatAmount's "—" keeps its "no price known" tooltip.
            hint:
              d.earningsMonthValue === null ? (
                <>
                  GNK · <FiatAmount value={null} />
                </>
              ) : (
                'GNK'
              ),
          }),
      icon: <IconCoin size={22} />,
      color: 'yellow',
    },
    { key: 'pending', label: t('dashboard.pendingRequests'), value: d.pendingRequests, icon: <IconMessages size={22} />, color: 'grape' },
  ];

  return (
    <Stack gap="lg">
      {header}
      <SummaryCards items={summary} />
      <NeedsAttention dashboard={d} priceSource={data.price?.source} />
      <ProfitCard />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Paper withBorder p="md" h="100%">
            <Group justify="space-between" mb="md">
              <Title order={4}>{t('dashboard.earnings')}, GNK</Title>
              <SegmentedControl
                size="xs"
                value={granularity}
                onChange={(v) => setGranularity(v as EarningsGranularity)}
                data={[
                  { value: 'DAY', label: t('dashboard.daily') },
                  { value: 'WEEK', label: t('dashboard.weekly') },
                  { value: 'EPOCH', label: t('dashboard.epoch') },
                ]}
              />
            </Group>
            {/* Only a new granularity blanks the chart: polls and refreshes keep it in place. */}
            {networkStatus === NetworkStatus.setVariables ? (
              <CardsSkeleton count={1} height={260} />
            ) : (
              <EarningsChart points={d.earningsSeries} granularity={granularity} priceSource={data.price?.source} />
            )}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Paper withBorder p="md" h="100%">
            <Title order={4} mb="md">
              {t('dashboard.activity')}
            </Title>
            <ActivityFeed events={d.recentActivity.nodes} />
          </Paper>
        </Grid.Col>
      </Grid>
      <Paper withBorder>
        <Group justify="space-between" p="md" pb={0}>
          <Title order={4}>{t('dashboard.overview')}</Title>
          <Anchor component={Link} to="/nodes" size="sm">
            {t('dashboard.viewAll')} ({d.totalNodes})
          </Anchor>
        </Group>
        <NodeTable nodes={nodes} compact priceSource={data.price?.source} />
      </Paper>
    </Stack>
  );
}
