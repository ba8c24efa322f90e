import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { formatDate, formatGnk } from '../../lib/format';

export const ExpectedVsRealisedCardFragment = graphql(`
  fragment ExpectedVsRealisedCard_node on Node {
    expectedVsRealised {
      requestId
      expectedAt
      nodesOfRequest
      expectedPerEpoch
      expectedPerDay
      realisedMedianPerEpoch
      realisedMeanPerEpoch
      epochsCounted
      ratioPercent
      basis {
        gpuModel
      }
    }
  }
`);

function Figure(props: { label: string; value: string; testId?: string }) {
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
  const gnk = (v: string | null) => (v === null ? '—' : `${formatGnk(v, 2, lang)} GNK`);
  const ratio =
    vs.ratioPercent === null ? '—' : `${new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Number(vs.ratioPercent))} %`;
  const since = formatDate(vs.expectedAt);
  return (
    <Paper withBorder p="md" data-testid="expected-vs-realised">
      <Stack gap="sm">
        <Title order={4}>{t('expected.vs.title')}</Title>
        <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="md">
          <Figure label={t('expected.vs.expected')} value={gnk(vs.expectedPerEpoch)} />
          <Figure label={t('expected.vs.expectedDay')} value={gnk(vs.expectedPerDay)} />
          <Figure label={t('expected.vs.median')} value={gnk(vs.realisedMedianPerEpoch)} />
          <Figure label={t('expected.vs.mean')} value={gnk(vs.realisedMeanPerEpoch)} />
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
