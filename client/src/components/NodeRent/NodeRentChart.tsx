import { BarChart } from '@mantine/charts';
import { Paper, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { compactYAxisProps } from '../EarningsChart/EarningsChart';
import { formatFiat } from '../RentForm/fiat';

export const NodeRentChartFragment = graphql(`
  fragment NodeRentChart_profit on Profit {
    currency
    daily {
      day
      income
      rent
    }
  }
`);

/** One bar group: numbers only to draw (null: no bar — unknown is not 0), the server's exact strings for the tooltip. */
export interface RentChartDay {
  label: string;
  income: number | null;
  rent: number | null;
  incomeAmount: string | null;
  rentAmount: string | null;
}

/** The chart's rows: a day without a price (income null) or without rent (rent null) gets no bar, never a 0. */
export function rentChartDays(daily: readonly { day: string; income?: string | null; rent?: string | null }[]): RentChartDay[] {
  return daily.map((d) => ({
    label: dayjs(d.day).format('D MMM'),
    income: d.income == null ? null : Number(d.income),
    rent: d.rent == null ? null : Number(d.rent),
    incomeAmount: d.income ?? null,
    rentAmount: d.rent ?? null,
  }));
}

/** A day's income and rent as the server sent them; "—" for what is unknown. */
export function RentDayTooltip({ day, currency }: { day: RentChartDay | undefined; currency: string }) {
  const { t, i18n } = useTranslation();
  if (!day) return null;
  return (
    <Paper withBorder shadow="sm" p="xs" data-testid="rent-chart-tooltip">
      <Text size="sm" fw={600}>
        {day.label}
      </Text>
      <Text size="sm">{`${t('rent.chart.income')}: ${formatFiat(day.incomeAmount, currency, i18n.language)}`}</Text>
      <Text size="sm">{`${t('rent.chart.rent')}: ${formatFiat(day.rentAmount, currency, i18n.language)}`}</Text>
    </Paper>
  );
}

/** Income vs rent per day of the month (the node page). */
export function NodeRentChart(props: { profit: FragmentType<typeof NodeRentChartFragment> }) {
  const profit = useFragment(NodeRentChartFragment, props.profit);
  const { t, i18n } = useTranslation();
  const days = rentChartDays(profit.daily);
  if (!days.some((d) => d.incomeAmount !== '0.00' || d.rentAmount !== null)) {
    return (
      <Text c="dimmed" size="sm">
        {t('rent.chart.empty')}
      </Text>
    );
  }
  return (
    <div data-testid="rent-chart">
      <BarChart
        h={220}
        data={days as unknown as Record<string, unknown>[]}
        dataKey="label"
        yAxisProps={compactYAxisProps(i18n.language)}
        // filterNull: recharts drops null items from the tooltip by default; the day's row is read whole instead.
        tooltipProps={{
          filterNull: false,
          content: ({ payload }) => <RentDayTooltip day={payload?.[0]?.payload as RentChartDay | undefined} currency={profit.currency} />,
        }}
        series={[
          { name: 'income', label: t('rent.chart.income'), color: 'teal.6' },
          { name: 'rent', label: t('rent.chart.rent'), color: 'red.5' },
        ]}
        withLegend
      />
      {days.some((d) => d.income === null || d.rent === null) && (
        <Text c="dimmed" size="xs" mt="xs" data-testid="rent-chart-gaps">
          {t('rent.chart.gaps')}
        </Text>
      )}
    </div>
  );
}
