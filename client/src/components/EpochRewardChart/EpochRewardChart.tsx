import { BarChart } from '@mantine/charts';
import { Badge, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { gnkToNumber } from '../../lib/format';
import { isZeroGnk } from '../../lib/epoch-texts';
import { compactYAxisProps } from '../EarningsChart/EarningsChart';
import type { FiatValueRef } from '../FiatAmount/FiatAmount';
import { GnkWithValue } from '../FiatAmount/GnkWithValue';
import { VERDICT_COLORS } from '../EpochTable/EpochBadges';

export const EpochRewardChartFragment = graphql(`
  fragment EpochRewardChart_outcome on EpochOutcome {
    epoch
    rewarded
    rewardedValue {
      ...FiatAmount_value
    }
    verdict
  }
`);

interface Bar {
  label: string;
  rewarded: string;
  rewardedValue: FiatValueRef;
  verdict: string;
  gnk: number;
  zero: number;
}

// A bar of 0 has no height: zero epochs get a short red marker instead, this share of the tallest bar.
const ZERO_MARKER_SHARE = 0.04;

function BarTooltip({ bar, source }: { bar: Bar | undefined; source?: string | null }) {
  const { t } = useTranslation();
  if (!bar) return null;
  return (
    <Paper withBorder shadow="sm" p="xs">
      <Text size="sm" fw={600}>
        {t('epochs.table.epoch')} {bar.label}
      </Text>
      <Text size="sm">
        <GnkWithValue gnk={bar.rewarded} value={bar.rewardedValue} source={source} layout="inline" unit />
      </Text>
      <Badge variant="light" size="xs" color={VERDICT_COLORS[bar.verdict] ?? 'gray'}>
        {t(`epochs.verdict.${bar.verdict}`, { defaultValue: bar.verdict })}
      </Badge>
    </Paper>
  );
}

/** Reward per settled epoch; epochs that paid 0 are marked in red and listed with their verdict. */
export function EpochRewardChart(props: { outcomes: FragmentType<typeof EpochRewardChartFragment>[]; height?: number; priceSource?: string | null }) {
  const outcomes = useFragment(EpochRewardChartFragment, props.outcomes);
  const { t, i18n } = useTranslation();
  if (outcomes.length === 0)
    return (
      <Text c="dimmed" ta="center" py="xl">
        {t('epochs.table.empty')}
      </Text>
    );
  const sorted = [...outcomes].sort((a, b) => a.epoch - b.epoch);
  const tallest = Math.max(...sorted.map((o) => gnkToNumber(o.rewarded)));
  const marker = tallest > 0 ? tallest * ZERO_MARKER_SHARE : 1;
  const data: Bar[] = sorted.map((o) => {
    const zero = isZeroGnk(o.rewarded);
    return {
      label: `#${o.epoch}`,
      rewarded: o.rewarded,
      rewardedValue: o.rewardedValue,
      verdict: o.verdict,
      gnk: zero ? 0 : gnkToNumber(o.rewarded),
      zero: zero ? marker : 0,
    };
  });
  const zeroEpochs = sorted.filter((o) => isZeroGnk(o.rewarded));
  return (
    <div data-testid="epoch-reward-chart">
      <BarChart
        h={props.height ?? 260}
        data={data as unknown as Record<string, unknown>[]}
        dataKey="label"
        type="stacked"
        series={[
          { name: 'gnk', label: t('epochs.chart.paid'), color: 'gonka.6' },
          { name: 'zero', label: t('epochs.chart.zero'), color: 'red.6' },
        ]}
        withLegend
        yAxisProps={compactYAxisProps(i18n.language)}
        tooltipProps={{ content: ({ payload }) => <BarTooltip bar={payload?.[0]?.payload as Bar | undefined} source={props.priceSource} /> }}
        tickLine="y"
        gridAxis="y"
        maxBarWidth={48}
      />
      <Group gap={6} mt="xs" data-testid="zero-epochs">
        <Text size="xs" c={zeroEpochs.length > 0 ? 'red' : 'dimmed'}>
          {zeroEpochs.length > 0
            ? t('epochs.chart.zeroEpochs', {
                list: zeroEpochs.map((o) => `#${o.epoch} (${t(`epochs.verdictShort.${o.verdict}`, { defaultValue: o.verdict })})`).join(', '),
              })
            : t('epochs.chart.noZeroEpochs')}
        </Text>
      </Group>
    </div>
  );
}
