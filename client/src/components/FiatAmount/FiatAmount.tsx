import { Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { formatDateTime, formatGnk, formatGnkExact } from '../../lib/format';

/** The server's value object: amount already rounded once, at the currency's minor unit. Every `…Value` field spreads it. */
export const FiatAmountFragment = graphql(`
  fragment FiatAmount_value on FiatValue {
    amount
    currency
    price
    priceAt
    stale
  }
`);

/** A `…Value` field as its parent's query hands it on: undefined when not asked, null when no price is known. */
export type FiatValueRef = FragmentType<typeof FiatAmountFragment> | null | undefined;

interface FiatAmountProps {
  value: FiatValueRef;
  /** `Query.price.source` ('simulator' or the API's host), for the tooltip; optional. */
  source?: string | null;
  /** The value sums several days, each at its own price (the price shown is their average). */
  averaged?: boolean;
}

/**
 * A GNK amount's value in the viewer's currency, shown next to the GNK figure (never instead of it),
 * with the price's source and time on hover and a visible "stale" mark when the source is failing.
 * No value (no price known) is "—"; a GNK preference shows nothing (the GNK figure is the value).
 */
export function FiatAmount({ value: ref, source, averaged = false }: FiatAmountProps) {
  const value = useFragment(FiatAmountFragment, ref);
  const { t, i18n } = useTranslation();
  if (value === undefined) return null;
  if (value === null)
    return (
      <Tooltip label={t('money.noPrice')} openDelay={200}>
        <span data-testid="fiat-amount">—</span>
      </Tooltip>
    );
  if (value.currency === 'GNK') return null;
  const amount = t('money.amount', { amount: formatGnk(value.amount, 2, i18n.language), symbol: t(`money.symbol.${value.currency}`, value.currency) });
  const sourceName = source === 'simulator' ? t('money.sourceSimulator') : source || t('money.sourceUnknown');
  const price = formatGnkExact(value.price, i18n.language);
  const lines = [
    t('money.source', { source: sourceName, at: formatDateTime(value.priceAt, i18n.language) }),
    t(averaged ? 'money.averagePerGnk' : 'money.perGnk', { price, currency: value.currency }),
    ...(value.stale ? [t('money.staleHint')] : []),
  ];
  return (
    <Tooltip label={lines.map((l) => <div key={l}>{l}</div>)} openDelay={200} multiline w={300}>
      <span data-testid="fiat-amount" data-stale={value.stale || undefined}>
        {amount}
        {value.stale && (
          <Text span c="orange" size="xs" ml={4}>
            ({t('money.stale')})
          </Text>
        )}
      </span>
    </Tooltip>
  );
}
