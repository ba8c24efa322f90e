import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import type { ExpectedEarningsUnavailableReason } from '../../gql/graphql';
import { formatDateTime, formatGnk } from '../../lib/format';
import { FiatAside } from '../FiatAmount/FiatAside';

export const ExpectedEarningsFiguresFragment = graphql(`
  fragment ExpectedEarningsFigures_expected on ExpectedEarnings {
    quantity
    perEpoch
    perDay
    perEpochValue {
      ...FiatAmount_value
    }
    perDayValue {
      ...FiatAmount_value
    }
    computedAt
    basis {
      gpuModel
      medianPerGpu
      epochs
      fromEpoch
      toEpoch
      networkNodes
    }
  }
`);

/**
 * Expected earnings with what they were computed from (the network median per GPU × quantity),
 * or "—" and why there are none; each figure's value at the current price beside it (#16). `shownAt`: the figures a request kept, dated when shown.
 */
export function ExpectedEarningsFigures(props: {
  expected: FragmentType<typeof ExpectedEarningsFiguresFragment> | null | undefined;
  reason?: ExpectedEarningsUnavailableReason | null;
  loading?: boolean;
  shownAt?: boolean;
  /** Replaces "Expected earnings" (support's queue says whose figures they were). */
  title?: string;
}) {
  const { t, i18n } = useTranslation();
  const e = useFragment(ExpectedEarningsFiguresFragment, props.expected);
  const lang = i18n.language;
  const title = props.title ?? t('expected.title');
  if (!e) {
    return (
      <Stack gap={2} data-testid="expected-earnings">
        <Text fw={600}>
          {title}: {props.loading ? t('expected.loading') : '—'}
        </Text>
        {!props.loading && props.reason && (
          <Text size="sm" c="dimmed">
            {t(`expected.reasons.${props.reason}`)}
          </Text>
        )}
      </Stack>
    );
  }
  const b = e.basis;
  return (
    <Stack gap={2} data-testid="expected-earnings">
      <Text fw={600}>
        {title}: {t('expected.perEpoch', { amount: formatGnk(e.perEpoch, 2, lang) })}
        <FiatAside value={e.perEpochValue} />
        {e.perDay !== null && (
          <>
            {' '}
            · {t('expected.perDay', { amount: formatGnk(e.perDay, 2, lang) })}
            <FiatAside value={e.perDayValue} />
          </>
        )}
      </Text>
      <Text size="sm" c="dimmed" data-testid="expected-basis">
        {t('expected.basis', {
          median: formatGnk(b.medianPerGpu, 2, lang),
          model: b.gpuModel,
          quantity: e.quantity,
          epochs: b.epochs,
          from: b.fromEpoch,
          to: b.toEpoch,
          nodes: b.networkNodes,
        })}{' '}
        {props.shownAt ? t('expected.shownAt', { date: formatDateTime(e.computedAt) }) : t('expected.estimate')}
      </Text>
    </Stack>
  );
}
