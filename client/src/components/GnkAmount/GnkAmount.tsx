import { Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatGnk, formatGnkExact } from '../../lib/format';

/**
 * A GNK amount as tables and cards show it (2 decimals, rounded on the exact string), with every
 * digit the server sent on hover, so rounding never hides what a node actually earned.
 */
export function GnkAmount({ value }: { value: unknown }) {
  const { t, i18n } = useTranslation();
  const rounded = formatGnk(value, 2, i18n.language);
  const exact = formatGnkExact(value, i18n.language);
  if (exact === rounded) return <span>{rounded}</span>;
  return (
    <Tooltip label={t('format.exactGnk', { amount: exact })} openDelay={200}>
      <span data-exact={exact}>{rounded}</span>
    </Tooltip>
  );
}
