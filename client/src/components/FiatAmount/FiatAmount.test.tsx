import { afterEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '../../gql';
import { changeLanguage } from '../../i18n';
import { renderWithProviders } from '../../test/render';
import { FiatAmount, FiatAmountFragment } from './FiatAmount';

const usd = { amount: '1234.50', currency: 'USD', price: '0.4213', priceAt: '2025-12-10T14:00:00.000Z', stale: false } as const;
// As the parent's query hands it on: the masked fragment reference.
const value = makeFragmentData(usd, FiatAmountFragment);

afterEach(() => changeLanguage('en'));

describe('FiatAmount', () => {
  it('shows the amount in its currency and, on hover, the price, its source and its time', async () => {
    renderWithProviders(<FiatAmount value={value} source="api.coingecko.com" />);
    const shown = screen.getByTestId('fiat-amount');
    expect(shown.textContent).toBe('$1,234.50');
    await userEvent.hover(shown);
    expect(await screen.findByText(/^Price from api\.coingecko\.com \(CoinGecko-compatible API\) at December 10, 2025/)).toBeTruthy();
    expect(screen.getByText('1 GNK = 0.4213 USD')).toBeTruthy();
  });

  it('marks a stale price visibly and says why; names the simulator as the source in demo mode', async () => {
    renderWithProviders(<FiatAmount value={makeFragmentData({ ...usd, currency: 'EUR', stale: true }, FiatAmountFragment)} source="simulator" averaged />);
    const shown = screen.getByTestId('fiat-amount');
    expect(shown.textContent).toBe('€1,234.50(stale)');
    expect(shown.dataset.stale).toBe('true');
    await userEvent.hover(shown);
    expect(await screen.findByText(/^Price from the simulator \(demo\)/)).toBeTruthy();
    expect(screen.getByText(/last known price/)).toBeTruthy();
    expect(screen.getByText(/on average 1 GNK = 0\.4213 EUR/)).toBeTruthy();
  });

  it('no price known is a dash, never a zero; a GNK preference shows nothing beside the GNK figure', () => {
    const { unmount } = renderWithProviders(<FiatAmount value={null} />);
    expect(screen.getByTestId('fiat-amount').textContent).toBe('—');
    unmount();
    renderWithProviders(<FiatAmount value={makeFragmentData({ ...usd, currency: 'GNK', amount: '12.000000000', price: '1' }, FiatAmountFragment)} />);
    expect(screen.queryByTestId('fiat-amount')).toBeNull();
  });

  it('is worded in Russian, the symbol after the amount', async () => {
    await changeLanguage('ru');
    renderWithProviders(<FiatAmount value={makeFragmentData({ ...usd, stale: true }, FiatAmountFragment)} />);
    expect(screen.getByTestId('fiat-amount').textContent).toMatch(/^1\s234,50 \$\(устарела\)$/);
  });
});
