import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import type { ReactNode } from 'react';
import { formatDate } from '../../lib/format';
import { GnkWithValue } from '../FiatAmount/GnkWithValue';
import type { FiatValueRef } from '../FiatAmount/FiatAmount';

export const ExpectedVsRealisedCardFragment = graphql(`
  fragment ExpectedVsRealisedCard_node on Node {
    expectedVsRealised {
      requestId
      expectedAt
      nodesOfRequest
      expectedPerEpoch
      expectedPerEpochValue {
        ...FiatAmount_value
      }
      expectedPerDay
      expectedPerDayValue {
        ...FiatAmount_value
      }
      realisedMedianPerEpoch
      realisedMedianPerEpochValue {
        ...FiatAmount_value
      }
      realisedMeanPerEpoch
      realisedMeanPerEpochValue {
        ...FiatAmount_value
      }
      epochsCounted
      ratioPercent
      basis {
        gpuModel
      }
    }
  }
`);

function Figure(props: { label: string; value: ReactNode; testId?: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {props.label}
      </Text>
      <Text size="lg" fw={700} data-testid={props.testId}>
        {props.value}
      </Text>
    </Stack>
  );
}

/** The node page's comparison of its settled rewards with what its new-node request expected; nothing for a node from no request. */
export function ExpectedVsRealisedCard(props: { node: FragmentType<typeof ExpectedVsRealisedCardFragment> }) {
  const { t, i18n } = useTranslation();
  const vs = useFragment(ExpectedVsRealisedCardFragment, props.node).expectedVsRealised;
  if (!vs) return null;
  const lang = i18n.language;
  // Each GNK figure with its value at the current price (the ratio is in GNK); no figure is "—".
  const gnk = (v: string | null, value: FiatValueRef) => (v === null ? '—' : <GnkWithValue gnk={v} value={value} unit />);
  const ratio =
    vs.ratioPercent === null ? '—' : `${new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Number(vs.ratioPercent))} %`;
  const since = formatDate(vs.expectedAt);
  return (
    <Paper withBorder p="md" data-testid="expected-vs-realised">
      <Stack gap="sm">
        <Title order={4}>{t('expected.vs.title')}</Title>
        <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="md">
          <Figure label={t('expected.vs.expected')} value={gnk(vs.expectedPerEpoch, vs.expectedPerEpochValue)} />
          <Figure label={t('expected.vs.expectedDay')} value={gnk(vs.expectedPerDay, vs.expectedPerDayValue)} />
          <Figure label={t('expected.vs.median')} value={gnk(vs.realisedMedianPerEpoch, vs.realisedMedianPerEpochValue)} />
          <Figure label={t('expected.vs.mean')} value={gnk(vs.realisedMeanPerEpoch, vs.realisedMeanPerEpochValue)} />
          <Figure label={t('expected.vs.ratio')} value={ratio} testId="expected-ratio" />
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          {vs.epochsCounted > 0 ? t('expected.vs.epochs', { n: vs.epochsCounted, date: since }) : t('expected.vs.noEpochs', { date: since })}
          {vs.nodesOfRequest > 1 && <> {t('expected.vs.share', { n: vs.nodesOfRequest })}</>}
        </Text>
      </Stack>
    </Paper>
  );
}
