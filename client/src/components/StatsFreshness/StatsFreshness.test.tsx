import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { makeFragmentData } from '../../gql';
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
});
