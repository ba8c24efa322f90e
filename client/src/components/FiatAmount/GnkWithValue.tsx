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
  /** "stack": the second figure under the first (table cells, cards); "inline": beside it (tooltips, sentences). */
  layout?: 'stack' | 'inline';
  /** Write "GNK" after the amount where it is the main figure (where no column header says it). */
  unit?: boolean;
}

/**
 * A GNK amount in the viewer's currency (#16): with a USD/EUR preference and a known price the value
 * is the main figure and the GNK amount stands dimmed beside it, always with its unit (it is no longer
 * what the column says) and every digit on hover (GnkAmount). Without a price the GNK figure stays the
 * main one and the value is "—": a GNK figure is never hidden. A GNK preference shows GNK alone.
 * The element holding the value is `data-testid="gnk-value"` in either order.
 */
export function GnkWithValue({ gnk, value, source, averaged, layout = 'stack', unit = false }: GnkWithValueProps) {
  const currency = useFragment(FiatAmountFragment, value)?.currency;
  const gnkFigure = (withUnit: boolean) => (
    <>
      <GnkAmount value={gnk} />
      {withUnit && ' GNK'}
    </>
  );
  if (value === undefined || currency === 'GNK') return gnkFigure(unit);
  const fiat = <FiatAmount value={value} source={source} averaged={averaged} />;
  // A known value leads; "—" (no price) never takes the GNK figure's place.
  const valueFirst = value !== null;
  const main = valueFirst ? fiat : gnkFigure(unit);
  const second = valueFirst ? gnkFigure(true) : fiat;
  const mainId = valueFirst ? 'gnk-value' : 'gnk-main';
  const secondId = valueFirst ? 'gnk-secondary' : 'gnk-value';
  if (layout === 'inline')
    return (
      <>
        <span data-testid={mainId}>{main}</span>
        <Text span c="dimmed" fz="0.85em" ml={6}>
          · <span data-testid={secondId}>{second}</span>
        </Text>
      </>
    );
  // Block lines follow the cell's own alignment (numeric columns are right-aligned).
  return (
    <>
      <span style={{ display: 'block' }} data-testid={mainId}>
        {main}
      </span>
      <Text span c="dimmed" fz="0.8em" fw={400} display="block" data-testid={secondId}>
        {second}
      </Text>
    </>
  );
}
