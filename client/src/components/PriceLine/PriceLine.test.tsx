import { afterEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '../../gql';
import { changeLanguage } from '../../i18n';
import { renderWithProviders } from '../../test/render';
import { PriceLine, PriceLineFragment } from './PriceLine';

const today = (h: number, m: number) => {
  const at = new Date();
  at.setHours(h, m, 0, 0);
  return at.toISOString();
};
const price = (p: Record<string, unknown> = {}) =>
  makeFragmentData({ usd: '0.9134', eur: '0.8421', at: today(14, 5), source: 'api.coingecko.com', stale: false, ...p } as never, PriceLineFragment);

afterEach(() => changeLanguage('en'));

describe('the header price line', () => {
  it('fresh: "1 GNK = $0.9134 · CoinGecko · 14:05" (local time), the exact price and its source on hover', async () => {
    renderWithProviders(<PriceLine price={price({ usd: '0.91340000' })} currency="USD" />);
    const line = screen.getByTestId('price-line');
    expect(line.dataset.state).toBe('fresh');
    expect(line.textContent).toBe('1 GNK = $0.9134 · CoinGecko · 14:05');
    expect(screen.queryByTestId('price-stale')).toBeNull();
    await userEvent.hover(line);
    expect(await screen.findByText(/^Price from api\.coingecko\.com \(CoinGecko-compatible API\) at /)).toBeTruthy();
    expect(screen.getByText('1 GNK = 0.9134 USD')).toBeTruthy();
  });

  it('shows the price in the preferred currency; the simulator by name; an older price with its date', () => {
    renderWithProviders(<PriceLine price={price({ source: 'simulator', at: '2025-12-10T14:00:00.000Z', eur: '1.5' })} currency="EUR" />);
    expect(screen.getByTestId('price-line').textContent).toMatch(/^1 GNK = €1\.50 · Simulator · December 10, 2025 \d{1,2}:00 [AP]M$/);
  });

  it('stale: an orange "stale since" badge with the price’s time instead of the plain time', async () => {
    renderWithProviders(<PriceLine price={price({ stale: true, at: today(13, 2), usd: '0.004213' })} currency="USD" />);
    const line = screen.getByTestId('price-line');
    expect(line.dataset.state).toBe('stale');
    expect(line.textContent).toBe('1 GNK = $0.004213 · CoinGecko' + 'stale since 13:02');
    expect(screen.getByTestId('price-stale').textContent).toBe('stale since 13:02');
    await userEvent.hover(line);
    expect(await screen.findByText(/last known price/)).toBeTruthy();
  });

  it('unavailable: no price, or none in the preferred currency; a GNK preference shows nothing', () => {
    const { unmount } = renderWithProviders(<PriceLine price={null} currency="USD" />);
    expect(screen.getByTestId('price-line').textContent).toBe('price unavailable');
    expect(screen.getByTestId('price-line').dataset.state).toBe('unavailable');
    unmount();
    const second = renderWithProviders(<PriceLine price={price({ eur: null })} currency="EUR" />);
    expect(screen.getByTestId('price-line').textContent).toBe('price unavailable');
    second.unmount();
    renderWithProviders(<PriceLine price={price()} currency="GNK" />);
    expect(screen.queryByTestId('price-line')).toBeNull();
  });

  it('is worded in Russian: fresh, stale and unavailable', async () => {
    await changeLanguage('ru');
    const fresh = renderWithProviders(<PriceLine price={price()} currency="EUR" />);
    expect(screen.getByTestId('price-line').textContent).toBe('1 GNK = 0,8421 € · CoinGecko · 14:05');
    fresh.unmount();
    const stale = renderWithProviders(<PriceLine price={price({ stale: true, at: today(13, 2), source: 'simulator' })} currency="USD" />);
    expect(screen.getByTestId('price-line').textContent).toBe('1 GNK = 0,9134 $ · Симуляторустарела с 13:02');
    stale.unmount();
    renderWithProviders(<PriceLine price={null} currency="USD" />);
    expect(screen.getByTestId('price-line').textContent).toBe('цена недоступна');
  });
});
