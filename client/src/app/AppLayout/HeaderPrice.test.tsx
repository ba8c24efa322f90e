import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { createCache } from '../../app/apollo';
import { HeaderPriceDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render';
import { useHeaderPriceLine } from './HeaderPrice';

function Probe() {
  return <div data-testid="probe">{useHeaderPriceLine(true)}</div>;
}

const result = (currencyPreference: string, price: Record<string, unknown> | null) => ({
  data: {
    me: { __typename: 'User', id: 'u1', currencyPreference },
    price: price && { __typename: 'Price', usd: '0.4213', eur: '0.39', at: '2025-12-10T14:00:00.000Z', source: 'simulator', stale: false, ...price },
  },
});

function renderWith(data: ReturnType<typeof result>) {
  return renderWithProviders(
    <MockedProvider mocks={[{ request: { query: HeaderPriceDocument }, result: data }]} cache={createCache()}>
      <Probe />
    </MockedProvider>,
  );
}

describe('the header owns the price line’s query', () => {
  it('shows the price in the viewer’s currency', async () => {
    renderWith(result('USD', {}));
    expect((await screen.findByTestId('price-line')).textContent).toMatch(/^1 GNK = \$0\.4213 · Simulator · /);
  });

  it('no price known: "price unavailable"; a GNK preference: no line', async () => {
    const { unmount } = renderWith(result('EUR', null));
    expect((await screen.findByTestId('price-line')).textContent).toBe('price unavailable');
    unmount();
    renderWith(result('GNK', {}));
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByTestId('price-line')).toBeNull();
  });
});
