import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { makeFragmentData } from '../../gql';
import { parseCompactNumber } from '../../test/compact-number';
import { renderWithProviders } from '../../test/render';
import { NodeRentChart, NodeRentChartFragment, rentChartDays } from './NodeRentChart';

// Day 2 has no GNK price (income unknown), day 3 no rent recorded; day 3's income is a real 0.
const daily = [
  { day: '2026-11-01', income: '12.50', rent: '24.00' },
  { day: '2026-11-02', income: null, rent: '24.00' },
  { day: '2026-11-03', income: '0.00', rent: null },
];
const chart = (days: typeof daily) => makeFragmentData({ currency: 'USD', daily: days } as never, NodeRentChartFragment);

/**
 * Hovers the chart at `x` (of 640 px; the three days' bands are about 80–265, 265–450, 450–635) and
 * waits for the tooltip to read `expected` (it stays mounted between hovers, so the first read may
 * still be the previous day's).
 */
async function expectTooltipAt(container: HTMLElement, x: number, expected: string) {
  const wrapper = container.querySelector('.recharts-wrapper') as Element;
  fireEvent.mouseMove(wrapper, { clientX: x, clientY: 100 });
  await waitFor(() => expect(screen.getByTestId('rent-chart-tooltip').textContent).toBe(expected));
}

describe('NodeRentChart', () => {
  // jsdom does no layout: give the chart a size so recharts draws bars and answers the mouse.
  beforeAll(() => {
    const measure = HTMLElement.prototype.getBoundingClientRect;
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      const sized = this.classList.contains('recharts-responsive-container') || this.classList.contains('recharts-wrapper');
      return sized ? new DOMRect(0, 0, 640, 220) : measure.call(this);
    });
  });
  afterAll(() => vi.restoreAllMocks());
  afterEach(() => act(() => i18next.changeLanguage('en')));

  it('hands the chart null, not 0, for a day without a price or without rent', () => {
    expect(rentChartDays(daily).map(({ income, rent }) => ({ income, rent }))).toEqual([
      { income: 12.5, rent: 24 },
      { income: null, rent: 24 },
      { income: 0, rent: null },
    ]);
  });

  it('draws no bar for an unknown value (a real 0 still gets its empty bar) and says why', async () => {
    const { container } = renderWithProviders(<NodeRentChart profit={chart(daily)} />);
    // recharts keeps one bar group per drawn value: income on days 1 and 3, rent on days 1 and 2.
    await waitFor(() => expect(container.querySelectorAll('.recharts-bar-rectangle').length).toBe(4));
    expect(screen.getByTestId('rent-chart-gaps').textContent).toContain('“—”');
  });

  it('shows “—” in the tooltip for the unknown value and the amount for a known one', async () => {
    const { container } = renderWithProviders(<NodeRentChart profit={chart(daily)} />);
    await waitFor(() => expect(container.querySelector('.recharts-bar-rectangle')).not.toBeNull());
    await expectTooltipAt(container, 320, '2 NovIncome: —Rent: $24.00');
    await expectTooltipAt(container, 560, '3 NovIncome: $0.00Rent: —');
  });

  it.each(['en', 'ru'])('labels the Y axis compactly, as the other charts do (%s)', async (lng) => {
    await act(() => i18next.changeLanguage(lng));
    const { container } = renderWithProviders(<NodeRentChart profit={chart([{ day: '2026-11-01', income: '172000.00', rent: '96000.00' }])} />);
    const ticks = () => [...container.querySelectorAll('text.recharts-cartesian-axis-tick-value[orientation="left"]')].map((t) => t.textContent ?? '');
    await waitFor(() => expect(ticks().length).toBeGreaterThanOrEqual(3));
    const values = ticks().map((label) => parseCompactNumber(label, lng));
    expect(Math.max(...values)).toBeGreaterThanOrEqual(172000);
    expect(ticks().some((label) => /K|тыс/.test(label))).toBe(true);
  });

  it('says there is nothing to show when no day has income or rent', () => {
    renderWithProviders(<NodeRentChart profit={chart([{ day: '2026-11-01', income: '0.00', rent: null }])} />);
    expect(screen.getByText('Nothing to show for this month yet.')).toBeTruthy();
    expect(screen.queryByTestId('rent-chart')).toBeNull();
  });
});
