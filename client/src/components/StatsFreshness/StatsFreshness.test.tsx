import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/react';
import { makeFragmentData } from '../../gql';
import { changeLanguage } from '../../i18n';
import { renderWithProviders } from '../../test/render';
import { StatsFreshness, StatsFreshnessFragment, freshnessOf } from './StatsFreshness';

function node(statsFetchedAt: string | null, statsStale = false) {
  return makeFragmentData({ statsFetchedAt, statsStale }, StatsFreshnessFragment);
}

describe('StatsFreshness', () => {
  it('takes the oldest fetch time and is stale if any row is; rows without data have no time', () => {
    expect(
      freshnessOf([
        { statsFetchedAt: '2026-01-02T10:00:00.000Z', statsStale: false },
        { statsFetchedAt: null, statsStale: true },
        { statsFetchedAt: '2026-01-02T09:30:00.000Z', statsStale: false },
      ]),
    ).toEqual({ fetchedAt: '2026-01-02T09:30:00.000Z', stale: true });
    expect(freshnessOf([])).toEqual({ fetchedAt: null, stale: false });
  });

  it('shows "as of" with a stale marker only when stale, and nothing before any data', () => {
    const now = new Date().toISOString();
    const stale = renderWithProviders(<StatsFreshness nodes={[node(now, true)]} />);
    expect(screen.getByTestId('stats-freshness').textContent).toMatch(/^as of .*\d\d:\d\d/);
    expect(screen.getByText('Stale')).toBeTruthy();
    stale.unmount();
    const fresh = renderWithProviders(<StatsFreshness nodes={[node(now), node(now)]} />);
    expect(screen.getByTestId('stats-freshness')).toBeTruthy();
    expect(screen.queryByText('Stale')).toBeNull();
    fresh.unmount();
    renderWithProviders(<StatsFreshness nodes={[node(null, true)]} />);
    expect(screen.queryByTestId('stats-freshness')).toBeNull();
  });

  describe('age and manual refresh', () => {
    afterEach(() => vi.useRealTimers());

    it('shows how old the data is, ticking, and the refresh button calls its handler', () => {
      vi.useFakeTimers();
      vi.setSystemTime(new Date('2026-01-02T10:00:40.000Z'));
      const onRefresh = vi.fn();
      renderWithProviders(<StatsFreshness nodes={[node('2026-01-02T10:00:00.000Z')]} onRefresh={onRefresh} />);
      expect(screen.getByTestId('stats-freshness').textContent).toContain('40 sec. ago');
      act(() => vi.advanceTimersByTime(5000));
      expect(screen.getByTestId('stats-freshness').textContent).toContain('45 sec. ago');
      act(() => vi.advanceTimersByTime(60_000));
      expect(screen.getByTestId('stats-freshness').textContent).toContain('1 min. ago');
      fireEvent.click(screen.getByRole('button', { name: 'Refresh now' }));
      expect(onRefresh).toHaveBeenCalledTimes(1);
    });

    it('words the age and the button in Russian', async () => {
      vi.useFakeTimers();
      vi.setSystemTime(new Date('2026-01-02T10:00:40.000Z'));
      await changeLanguage('ru');
      try {
        renderWithProviders(<StatsFreshness nodes={[node('2026-01-02T10:00:00.000Z')]} onRefresh={() => {}} />);
        expect(screen.getByTestId('stats-freshness').textContent).toContain('40 сек. назад');
        expect(screen.getByRole('button', { name: 'Обновить сейчас' })).toBeTruthy();
      } finally {
        await changeLanguage('en');
      }
    });

    it('offers refresh even before any data, and no button without a handler', () => {
      const onRefresh = vi.fn();
      const first = renderWithProviders(<StatsFreshness nodes={[node(null)]} onRefresh={onRefresh} />);
      fireEvent.click(screen.getByRole('button', { name: 'Refresh now' }));
      expect(onRefresh).toHaveBeenCalledTimes(1);
      first.unmount();
      renderWithProviders(<StatsFreshness nodes={[node(new Date().toISOString())]} />);
      expect(screen.queryByRole('button', { name: 'Refresh now' })).toBeNull();
    });
  });
});
