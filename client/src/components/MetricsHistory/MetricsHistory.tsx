import { BarChart, LineChart } from '@mantine/charts';
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { compactYAxisProps } from '../EarningsChart/EarningsChart';
import { UptimeTimeline } from '../UptimeTimeline/UptimeTimeline';

export const MetricsHistoryFragment = graphql(`
  fragment MetricsHistory_point on NodeEpochMetrics {
    epoch
    inProgress
    tokensPerSec
    inferenceCount
    missedRequests
    totalRequests
    missRate
    ...UptimeTimeline_point
  }
`);

function ChartCard({ title, testId, empty, children }: { title: string; testId: string; empty: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Title order={6} mb="sm">
        {title}
      </Title>
      {empty ? (
        <Text c="dimmed" size="sm" ta="center" py="lg" data-testid={`${testId}-empty`}>
          {t('history.noData')}
        </Text>
      ) : (
        children
      )}
    </Paper>
  );
}

/**
 * The Metrics tab's history: uptime per epoch as a timeline, tokens/s, miss rate and jobs per epoch
 * as charts. A figure no source gave is a gap in its chart (null), never drawn as 0.
 */
export function MetricsHistory(props: { points: FragmentType<typeof MetricsHistoryFragment>[] }) {
  const points = useFragment(MetricsHistoryFragment, props.points);
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const data = points.map((p) => ({
    label: `#${p.epoch}`,
    tokens: p.tokensPerSec ?? null,
    missRate: p.missRate == null ? null : p.missRate * 100,
    jobs: p.inferenceCount ?? null,
  }));
  const none = (key: 'tokens' | 'missRate' | 'jobs') => data.every((d) => d[key] === null);
  const number = (digits: number) => (v: number) => v.toLocaleString(lng, { maximumFractionDigits: digits });
  const common = { h: 200, data, dataKey: 'label', yAxisProps: compactYAxisProps(lng), tickLine: 'y' as const, gridAxis: 'y' as const };
  if (points.length === 0) {
    return (
      <Text c="dimmed" size="sm" data-testid="metrics-history-empty">
        {t('history.noData')}
      </Text>
    );
  }
  return (
    <Stack gap="md" data-testid="metrics-history">
      <Paper withBorder p="md">
        <Title order={6} mb="sm">
          {t('history.uptime')}
        </Title>
        <UptimeTimeline points={points} />
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <ChartCard title={t('history.tokensPerSec')} testId="tokens-chart" empty={none('tokens')}>
          <LineChart
            {...common}
            series={[{ name: 'tokens', label: t('nodes.tokensPerSec'), color: 'gonka.6' }]}
            valueFormatter={number(0)}
            connectNulls={false}
          />
        </ChartCard>
        <ChartCard title={t('history.missRate')} testId="miss-rate-chart" empty={none('missRate')}>
          <BarChart
            {...common}
            series={[{ name: 'missRate', label: t('history.missRateSeries'), color: 'orange.6' }]}
            valueFormatter={(v) => `${number(1)(v)}%`}
            barProps={{ radius: [3, 3, 0, 0] }}
            maxBarWidth={24}
          />
        </ChartCard>
        <ChartCard title={t('history.jobs')} testId="jobs-chart" empty={none('jobs')}>
          <BarChart
            {...common}
            series={[{ name: 'jobs', label: t('history.jobsSeries'), color: 'blue.6' }]}
            valueFormatter={number(0)}
            barProps={{ radius: [3, 3, 0, 0] }}
            maxBarWidth={24}
          />
        </ChartCard>
      </SimpleGrid>
    </Stack>
  );
}
