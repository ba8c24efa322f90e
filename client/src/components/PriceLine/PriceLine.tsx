import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import type { Currency } from '../../gql/graphql';
import { formatClock, formatDateTime, formatGnkExact, formatUnitPrice } from '../../lib/format';

export const PriceLineFragment = graphql(`
  fragment PriceLine_price on Price {
    usd
    eur
    at
    source
    stale
  }
`);

/** A short name for `Price.source` ('simulator' or the API's host). */
function sourceName(source: string, t: TFunction): string {
  if (source === 'simulator') return t('money.line.simulator');
  if (/(^|\.)coingecko\.com$/i.test(source)) return 'CoinGecko';
  return source;
}

interface PriceLineProps {
  /** `Query.price`: null when no price is known (or no source configured). */
  price: FragmentType<typeof PriceLineFragment> | null | undefined;
  /** The viewer's preference: the line shows the price in it; GNK shows nothing (no figure is converted). */
  currency: Currency | null | undefined;
}

/**
 * The price every converted figure uses, in sight rather than only in tooltips (#16):
 * "1 GNK = $0.91 · CoinGecko · 14:05"; a failing source marks it with an orange "stale since 13:02";
 * no price (or none in the viewer's currency) is "price unavailable".
 */
export function PriceLine({ price: ref, currency }: PriceLineProps) {
  const { t, i18n } = useTranslation();
  const price = useFragment(PriceLineFragment, ref);
  if (!currency || currency === 'GNK' || price === undefined) return null;
  const perGnk = price ? (currency === 'USD' ? price.usd : price.eur) : null;
  if (!price || perGnk == null)
    return (
      <Tooltip label={price ? t('money.line.noCurrency', { currency }) : t('money.noPrice')} multiline w={260}>
        <Text size="xs" c="dimmed" data-testid="price-line" data-state="unavailable">
          {t('money.line.unavailable')}
        </Text>
      </Tooltip>
    );
  const amount = t('money.amount', { amount: formatUnitPrice(perGnk, i18n.language), symbol: t(`money.symbol.${currency}`, currency) });
  const time = formatClock(price.at, i18n.language);
  const details = [
    t('money.source', { source: price.source === 'simulator' ? t('money.sourceSimulator') : price.source, at: formatDateTime(price.at, i18n.language) }),
    t('money.perGnk', { price: formatGnkExact(perGnk, i18n.language), currency }),
    ...(price.stale ? [t('money.staleHint')] : []),
  ];
  return (
    <Tooltip label={details.map((l) => <div key={l}>{l}</div>)} multiline w={300}>
      <Group gap={6} wrap="nowrap" data-testid="price-line" data-state={price.stale ? 'stale' : 'fresh'}>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {t('money.line.price', { price: amount })} · {sourceName(price.source, t)}
          {!price.stale && ` · ${time}`}
        </Text>
        {price.stale && (
          <Badge color="orange" variant="outline" size="sm" leftSection={<IconClockExclamation size={12} />} data-testid="price-stale">
            {t('money.line.staleSince', { time })}
          </Badge>
        )}
      </Group>
    </Tooltip>
  );
}
