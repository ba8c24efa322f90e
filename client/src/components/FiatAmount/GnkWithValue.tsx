import { Text } from '@mantine/core';
import { GnkAmount } from '../GnkAmount/GnkAmount';
import { useFragment } from '../../gql';
import { FiatAmount, FiatAmountFragment, type FiatValueRef } from './FiatAmount';

interface GnkWithValueProps {
  gnk: unknown;
  /** The server's companion (`…Value`): undefined when not asked, null when no price is known ("—"). */
  value: FiatValueRef;
  /** `Query.price.source`, for FiatAmount's tooltip. */
  source?: string | null;
  /** The value sums several days, each at its own price. */
  averaged?: boolean;
  /** "stack": the value under the GNK figure (table cells, cards); "inline": beside it (tooltips, sentences). */
  layout?: 'stack' | 'inline';
  /** Write "GNK" after the amount (where no column header says it). */
  unit?: boolean;
}

/**
 * A GNK amount with its value in the viewer's currency beside it: the GNK figure is always shown
 * (never replaced by its value), the value with its price's source and time on hover (FiatAmount).
 * A GNK preference shows the GNK figure alone.
 */
export function GnkWithValue({ gnk, value, source, averaged, layout = 'stack', unit = false }: GnkWithValueProps) {
  const currency = useFragment(FiatAmountFragment, value)?.currency;
  const amount = (
    <>
      <GnkAmount value={gnk} />
      {unit && ' GNK'}
    </>
  );
  if (value === undefined || currency === 'GNK') return amount;
  const fiat = <FiatAmount value={value} source={source} averaged={averaged} />;
  if (layout === 'inline')
    return (
      <>
        {amount}
        <Text span c="dimmed" fz="0.85em" ml={6}>
          · {fiat}
        </Text>
      </>
    );
  // Block lines follow the cell's own alignment (numeric columns are right-aligned).
  return (
    <>
      <span style={{ display: 'block' }}>{amount}</span>
      <Text span c="dimmed" fz="0.8em" fw={400} display="block" data-testid="gnk-value">
        {fiat}
      </Text>
    </>
  );
}
