import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { formatGnk } from '../../lib/format';
import { formatFiat, formatPercent } from '../RentForm/fiat';

export const ProfitFiguresFragment = graphql(`
  fragment ProfitFigures_profit on Profit {
    currency
    incomeGnk
    income
    rent
    net
    margin
    nodesWithoutRent
    priceSource
    projection {
      projected
      income
      rent
      net
      settledIncome
      currentEpochEstimate
      currentEpochEstimateValue {
        amount
      }
      paceGnkPerDay
      remainingIncome
    }
    returns {
      roi
      since
      breakEvenAt
    }
  }
`);

function Figure(props: { label: string; value: string; hint?: string; color?: string; testId?: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {props.label}
      </Text>
      <Text size="lg" fw={700} c={props.color} data-testid={props.testId}>
        {props.value}
      </Text>
      {props.hint && (
        <Text size="xs" c="dimmed">
          {props.hint}
        </Text>
      )}
    </Stack>
  );
}

/** Income, rent, net and margin of a month, its projection (marked as such) and the return on rent. */
export function ProfitFigures(props: { profit: FragmentType<typeof ProfitFiguresFragment>; title?: string; gnkPreference?: boolean }) {
  const p = useFragment(ProfitFiguresFragment, props.profit);
  const { t, i18n } = useTranslation();
  const fiat = (v: string | null | undefined) => formatFiat(v, p.currency, i18n.language);
  const negative = p.net?.startsWith('-');
  const r = p.returns;
  return (
    <Paper withBorder p="md" data-testid="profit-figures">
      <Group justify="space-between" mb="sm">
        <Title order={5}>{props.title ?? t('rent.profit.title')}</Title>
        <Badge variant="light">{p.currency}</Badge>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
        <Figure label={t('rent.profit.income')} value={fiat(p.income)} hint={`${formatGnk(p.incomeGnk, 2, i18n.language)} GNK`} testId="profit-income" />
        <Figure label={t('rent.profit.rent')} value={fiat(p.rent)} testId="profit-rent" />
        <Figure label={t('rent.profit.net')} value={fiat(p.net)} color={p.net == null ? undefined : negative ? 'red' : 'teal'} testId="profit-net" />
        <Figure label={t('rent.profit.margin')} value={formatPercent(p.margin, i18n.language)} />
      </SimpleGrid>
      {p.projection && (
        <Group gap="xs" mt="sm" data-testid="profit-projection">
          <Badge color="gray" variant="outline">
            {t('rent.profit.projected')}
          </Badge>
          <Text size="sm">
            {t('rent.profit.income')} {fiat(p.projection.income)} · {t('rent.profit.rent')} {fiat(p.projection.rent)} · {t('rent.profit.net')}{' '}
            {fiat(p.projection.net)}
          </Text>
          <Text size="xs" c="dimmed" data-testid="profit-projection-parts">
            {t('rent.profit.projectedParts', {
              settled: fiat(p.projection.settledIncome),
              estimate: fiat(p.projection.currentEpochEstimateValue?.amount ?? null),
              estimateGnk: formatGnk(p.projection.currentEpochEstimate, 2, i18n.language),
              remaining: fiat(p.projection.remainingIncome),
              pace: formatGnk(p.projection.paceGnkPerDay, 2, i18n.language),
            })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('rent.profit.projectedNote')}
          </Text>
        </Group>
      )}
      <Stack gap={2} mt="sm">
        {r.since && r.roi != null && (
          <Text size="sm">{`${t('rent.profit.roi', { since: dayjs(r.since).format('LL') })}: ${formatPercent(r.roi, i18n.language)}`}</Text>
        )}
        {r.since && (
          <Text size="sm">{r.breakEvenAt ? t('rent.profit.breakEven', { date: dayjs(r.breakEvenAt).format('LL') }) : t('rent.profit.breakEvenNot')}</Text>
        )}
        {p.nodesWithoutRent > 0 && (
          <Text size="xs" c="orange">
            {t('rent.profit.noRent', { count: p.nodesWithoutRent })}
          </Text>
        )}
        {p.income == null && (
          <Text size="xs" c="orange">
            {t('rent.profit.noPrice')}
          </Text>
        )}
        {props.gnkPreference && (
          <Text size="xs" c="dimmed">
            {t('rent.profit.gnkNote')}
          </Text>
        )}
        {p.priceSource && (
          <Text size="xs" c="dimmed">
            {/* The server names its source by code ('simulator') or by the API's host. */}
            {p.priceSource === 'simulator' ? t('rent.profit.priceSourceSimulator') : t('rent.profit.priceSource', { source: p.priceSource })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
