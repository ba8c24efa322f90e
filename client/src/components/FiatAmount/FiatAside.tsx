import { Text } from '@mantine/core';
import { useFragment } from '../../gql';
import { FiatAmount, FiatAmountFragment, type FiatValueRef } from './FiatAmount';

/**
 * A GNK figure's value beside it inside a sentence ("1,234.57 GNK per epoch (≈ $512.34)"): nothing
 * when not asked or for a GNK preference, "(≈ —)" when no price is known (absent, never zero).
 */
export function FiatAside({ value, source }: { value: FiatValueRef; source?: string | null }) {
  const currency = useFragment(FiatAmountFragment, value)?.currency;
  if (value === undefined || currency === 'GNK') return null;
  return (
    <Text span c="dimmed" fw={400} fz="0.9em" data-testid="fiat-aside">
      {' '}
      (≈ <FiatAmount value={value} source={source} />)
    </Text>
  );
}
