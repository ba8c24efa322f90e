import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '../../gql';
import { changeLanguage } from '../../i18n';
import { renderWithProviders } from '../../test/render';
import { NodeMetrics, NodeMetricsFragment } from './NodeMetrics';

const DAY = 86_400_000;

function metrics(overrides: Record<string, unknown> = {}) {
  return makeFragmentData(
    {
      uptimePercent: 100,
      uptimeObservedSince: new Date(Date.now() - 7 * DAY).toISOString(),
      tokensPerSec: null,
      jobsDay: 1106,
      earningsDay: '0.000000000',
      earningsTotal: '12.000000000',
      ...overrides,
    } as never,
    NodeMetricsFragment,
  );
}

/** The value shown under a metric's label. */
function metricValue(label: string): string {
  const card = screen.getByText(label).parentElement!;
  return within(card).getAllByText(/./)[1]!.textContent!;
}

afterEach(() => changeLanguage('en'));

describe('NodeMetrics', () => {
  it('shows "—" for what the network does not report, never 0 (EN and RU)', async () => {
    renderWithProviders(<NodeMetrics node={metrics({ uptimePercent: null, uptimeObservedSince: null, jobsDay: null })} />);
    expect(metricValue('Tokens/s')).toBe('—');
    expect(metricValue('Jobs/day')).toBe('—');
    expect(metricValue('Uptime')).toBe('—');
    expect(screen.queryByTestId('uptime-span')).toBeNull();
    await changeLanguage('ru');
    expect(metricValue('Токенов/с')).toBe('—');
    expect(metricValue('Задач/день')).toBe('—');
    expect(metricValue('Аптайм')).toBe('—');
  });

  it('keeps a real count next to an unknown throughput', () => {
    renderWithProviders(<NodeMetrics node={metrics()} />);
    expect(metricValue('Tokens/s')).toBe('—');
    expect(metricValue('Jobs/day')).toBe('1,106');
  });

  it('says what the uptime is a share of: the last 7 days, or since the first observation', async () => {
    const { unmount } = renderWithProviders(<NodeMetrics node={metrics()} />);
    expect(screen.getByTestId('uptime-span').textContent).toBe('over the last 7 days');
    unmount();
    const since = new Date(Date.now() - DAY);
    renderWithProviders(<NodeMetrics node={metrics({ uptimeObservedSince: since.toISOString() })} />);
    expect(metricValue('Uptime')).toBe('100%');
    expect(screen.getByTestId('uptime-span').textContent).toMatch(/^since .*\d{4}/);
    await changeLanguage('ru');
    expect(screen.getByTestId('uptime-span').textContent).toMatch(/^с .*\d{4}/);
  });

  it('shows the day and total income in the preferred currency first with their GNK under them, a stale price marked, "—" under the GNK without a price', async () => {
    const eur = { amount: '5.06', currency: 'EUR', price: '0.4213', priceAt: '2026-03-05T10:00:00.000Z', stale: true };
    renderWithProviders(<NodeMetrics node={metrics({ earningsDayValue: null, earningsTotalValue: eur })} priceSource="api.coingecko.com" />);
    const [day, total] = screen.getAllByTestId('gnk-value');
    expect(day!.textContent).toBe('—');
    expect(total!.textContent).toBe('€5.06(stale)');
    expect(screen.getByText('12.00')).toBeTruthy();
    // The value leads where it is known; without a price the GNK figure does.
    expect(screen.getByTestId('gnk-secondary').textContent).toBe('12.00 GNK');
    expect(screen.getByTestId('gnk-main').textContent).toBe('0.00');
    await userEvent.hover(within(total!).getByTestId('fiat-amount'));
    expect(await screen.findByText(/^Price from api\.coingecko\.com/)).toBeTruthy();
    expect(screen.getByText(/on average 1 GNK = 0\.4213 EUR/)).toBeTruthy();
    await changeLanguage('ru');
    expect(screen.getAllByTestId('gnk-value')[1]!.textContent).toBe('5,06 €(устарела)');
  });
});
