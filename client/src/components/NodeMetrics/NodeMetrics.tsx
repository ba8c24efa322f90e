import { Paper, Progress, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { formatNumber, formatPercent } from '../../lib/format';
import { GnkWithValue } from '../FiatAmount/GnkWithValue';
import { UptimeSpan } from '../UptimeSpan/UptimeSpan';

export const NodeMetricsFragment = graphql(`
  fragment NodeMetrics_node on Node {
    uptimePercent
    uptimeObservedSince
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
  }
`);

function Metric({ label, value, children }: { label: string; value: React.ReactNode; children?: React.ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={700} fz={24} mt={4} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
      {children}
    </Paper>
  );
}

/** Metrics tab: uptime, throughput, jobs and income. */
export function NodeMetrics(props: { node: FragmentType<typeof NodeMetricsFragment>; priceSource?: string | null }) {
  const node = useFragment(NodeMetricsFragment, props.node);
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md" data-testid="node-metrics">
      <Metric label={t('nodes.uptime')} value={formatPercent(node.uptimePercent, lng)}>
        {node.uptimePercent != null && (
          <>
            <Progress value={node.uptimePercent} mt="sm" size="sm" color={node.uptimePercent >= 95 ? 'teal' : node.uptimePercent >= 80 ? 'yellow' : 'red'} />
            <UptimeSpan observedSince={node.uptimeObservedSince} />
          </>
        )}
      </Metric>
      <Metric label={t('nodes.tokensPerSec')} value={formatNumber(node.tokensPerSec, lng, 0)} />
      <Metric label={t('nodes.jobsDay')} value={formatNumber(node.jobsDay, lng, 0)} />
      <Metric
        label={t('nodes.earningsDay')}
        value={<GnkWithValue gnk={node.earningsDay} value={node.earningsDayValue} source={props.priceSource} averaged />}
      />
      <Metric
        label={t('nodes.earningsTotal')}
        value={<GnkWithValue gnk={node.earningsTotal} value={node.earningsTotalValue} source={props.priceSource} averaged />}
      />
    </SimpleGrid>
  );
}
