import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import type { EpochTable_OutcomeFragment } from '../../gql/graphql';
import { formatDate, formatNumber } from '../../lib/format';
import { useEpochTexts } from '../../lib/epoch-texts';
import { GnkWithValue } from '../FiatAmount/GnkWithValue';
import { ResponsiveTable, type Column } from '../ResponsiveTable/ResponsiveTable';
import { ClaimBadge, VerdictBadge } from './EpochBadges';

export const EpochTableFragment = graphql(`
  fragment EpochTable_outcome on EpochOutcome {
    epoch
    settledAt
    rewarded
    rewardedValue {
      ...FiatAmount_value
    }
    inferenceCount
    missedRequests
    invalidatedInferences
    missedRate
    invalidationRate
    verdict
    verdictReason
    exclusionReason
    claimStatus
    claimDeadline
    downtimeTest {
      threshold
      maxMissedAllowed
      networkMissedRate
      mode
    }
  }
`);

/** Requests the chain counted (served + missed); null when either count is unknown (absent is not zero). */
function requestsOf(o: EpochTable_OutcomeFragment): number | null {
  return o.inferenceCount != null && o.missedRequests != null ? o.inferenceCount + o.missedRequests : null;
}

/** Settled epochs of a node: what each paid, why, and whether its reward can still be claimed. */
export function EpochTable(props: { outcomes: FragmentType<typeof EpochTableFragment>[]; priceSource?: string | null }) {
  const outcomes = useFragment(EpochTableFragment, props.outcomes);
  const { t } = useTranslation();
  const texts = useEpochTexts();
  if (outcomes.length === 0)
    return (
      <Text c="dimmed" ta="center" py="xl">
        {t('epochs.table.empty')}
      </Text>
    );
  const k = 'epochs.table';
  const columns: Column<EpochTable_OutcomeFragment>[] = [
    { key: 'epoch', header: t(`${k}.epoch`), card: 'title', cell: (o) => <Text fw={600} size="sm">{`#${o.epoch}`}</Text> },
    { key: 'claim', header: t(`${k}.claim`), card: 'status', cell: (o) => <ClaimBadge status={o.claimStatus} deadline={o.claimDeadline ?? null} /> },
    { key: 'settled', header: t(`${k}.settled`), cell: (o) => formatDate(o.settledAt) },
    {
      key: 'reward',
      header: t(`${k}.reward`),
      numeric: true,
      cell: (o) => <GnkWithValue gnk={o.rewarded} value={o.rewardedValue} source={props.priceSource} />,
    },
    { key: 'requests', header: t(`${k}.requests`), numeric: true, cell: (o) => formatNumber(requestsOf(o), texts.lang, 0) },
    { key: 'missed', header: t(`${k}.missed`), numeric: true, cell: (o) => formatNumber(o.missedRequests, texts.lang, 0) },
    { key: 'missedRate', header: t(`${k}.missedRate`), numeric: true, cell: (o) => texts.rate(o.missedRate) },
    { key: 'invalidationRate', header: t(`${k}.invalidationRate`), numeric: true, cell: (o) => texts.rate(o.invalidationRate) },
    { key: 'verdict', header: t(`${k}.verdict`), cell: (o) => <VerdictBadge verdict={o.verdict} reason={texts.verdictReason(o)} /> },
  ];
  return (
    <ResponsiveTable
      rows={outcomes}
      columns={columns}
      rowKey={(o) => String(o.epoch)}
      minWidth={1000}
      testIds={{ table: 'epoch-table', row: 'epoch-row', cards: 'epoch-cards', card: 'epoch-card' }}
    />
  );
}
