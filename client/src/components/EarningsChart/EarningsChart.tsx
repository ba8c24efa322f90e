import { BarChart } from '@mantine/charts';
import { Paper, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import type { EarningsGranularity } from '../../gql/graphql';
import { formatCompactNumber, gnkToNumber } from '../../lib/format';
import type { FiatValueRef } from '../FiatAmount/FiatAmount';
import { GnkWithValue } from '../FiatAmount/GnkWithValue';

// Wide enough for the longest compact label ("999 тыс.", 12px) next to the tick.
const Y_AXIS_WIDTH = 72;

/** The Y axis of GNK bar charts: compact labels ("172K", "172 тыс.") in a width they fit. */
export function compactYAxisProps(language: string) {
  return { width: Y_AXIS_WIDTH, tickFormatter: (v: number) => formatCompactNumber(v, language) };
}

export const EarningsChartFragment = graphql(`
  fragment EarningsChart_point on EarningsPoint {
    amount
    amountValue {
      ...FiatAmount_value
    }
    periodStart
    epoch
  }
`);

export function bucketLabel(p: { periodStart: string; epoch?: number | null }, granularity: EarningsGranularity) {
  if (granularity === 'EPOCH') return p.epoch != null ? `#${p.epoch}` : dayjs(p.periodStart).format('D MMM HH:mm');
  return granularity === 'WEEK' ? dayjs(p.periodStart).format('D MMM') : dayjs(p.periodStart).format('D MMM');
}

interface Bucket {
  label: string;
  gnk: number;
  amount: string;
  amountValue: FiatValueRef;
}

/** A bucket's exact GNK with its value in the viewer's currency (each settlement day at its own price). */
function BucketTooltip({ bucket, source }: { bucket: Bucket | undefined; source?: string | null }) {
  if (!bucket) return null;
  return (
    <Paper withBorder shadow="sm" p="xs" data-testid="earnings-tooltip">
      <Text size="sm" fw={600}>
        {bucket.label}
      </Text>
      <Text size="sm">
        <GnkWithValue gnk={bucket.amount} value={bucket.amountValue} source={source} layout="inline" unit averaged />
      </Text>
    </Paper>
  );
}

/** GNK per day, week or epoch. Numbers here are for drawing only; totals stay exact strings. */
export function EarningsChart(props: {
  points: FragmentType<typeof EarningsChartFragment>[];
  granularity: EarningsGranularity;
  height?: number;
  priceSource?: string | null;
}) {
  const points = useFragment(EarningsChartFragment, props.points);
  const { t, i18n } = useTranslation();
  if (points.length === 0) {
    return (
      <Text c="dimmed" ta="center" py="xl">
        {t('node.noHistory')}
      </Text>
    );
  }
  const data = [...points]
    .sort((a, b) => a.periodStart.localeCompare(b.periodStart))
    .map((p): Bucket => ({ label: bucketLabel(p, props.granularity), gnk: gnkToNumber(p.amount), amount: p.amount, amountValue: p.amountValue }));
  return (
    <div data-testid="earnings-chart">
      <BarChart
        h={props.height ?? 260}
        data={data as unknown as Record<string, unknown>[]}
        dataKey="label"
        series={[{ name: 'gnk', label: 'GNK', color: 'gonka.6' }]}
        valueFormatter={(v) => v.toLocaleString(i18n.language, { maximumFractionDigits: 2 })}
        yAxisProps={compactYAxisProps(i18n.language)}
        tooltipProps={{ content: ({ payload }) => <BucketTooltip bucket={payload?.[0]?.payload as Bucket | undefined} source={props.priceSource} /> }}
        tickLine="y"
        gridAxis="y"
        barProps={{ radius: [4, 4, 0, 0] }}
        maxBarWidth={48}
      />
    </div>
  );
}
