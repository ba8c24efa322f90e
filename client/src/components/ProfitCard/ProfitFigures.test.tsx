import { afterEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { makeFragmentData } from '../../gql';
import { changeLanguage } from '../../i18n';
import { renderWithProviders } from '../../test/render';
import { ProfitFigures, ProfitFiguresFragment } from './ProfitFigures';

function profit(projection: Record<string, unknown> | null) {
  return makeFragmentData(
    {
      currency: 'USD',
      incomeGnk: '1000.000000000',
      income: '420.00',
      rent: '300.00',
      net: '120.00',
      margin: '28.57',
      nodesWithoutRent: 0,
      priceSource: 'simulator',
      projection,
      returns: { roi: '40.00', since: '2026-11-01T00:00:00.000Z', breakEvenAt: '2026-11-20T12:00:00.000Z' },
    } as never,
    ProfitFiguresFragment,
  );
}

const parts = {
  projected: true,
  income: '1000.50',
  rent: '600.00',
  net: '400.50',
  settledIncome: '420.00',
  currentEpochEstimate: '35.123456789',
  currentEpochEstimateValue: { amount: '14.79' },
  paceGnkPerDay: '52.500000000',
  remainingIncome: '565.71',
};

afterEach(() => changeLanguage('en'));

describe('ProfitFigures projection', () => {
  it('marks the projection and shows its parts: settled, the current epoch’s estimate, the rest at the recent pace (EN and RU)', async () => {
    renderWithProviders(<ProfitFigures profit={profit(parts)} />);
    expect(screen.getByText('Projected for the month')).toBeTruthy();
    expect(screen.getByTestId('profit-projection-parts').textContent).toBe(
      'settled so far $420.00 + current epoch (estimate) $14.79 (35.12 GNK) + rest of the month at the last 7 days’ pace of 52.50 GNK/day $565.71',
    );
    await changeLanguage('ru');
    expect(screen.getByTestId('profit-projection-parts').textContent).toMatch(/^начислено 420,00\s\$ \+ текущая эпоха \(оценка\) 14,79\s\$ \(35,12 GNK\)/);
  });

  it('an epoch without an estimate shows "—" for it', () => {
    renderWithProviders(<ProfitFigures profit={profit({ ...parts, currentEpochEstimate: null, currentEpochEstimateValue: null })} />);
    expect(screen.getByTestId('profit-projection-parts').textContent).toContain('current epoch (estimate) — (— GNK)');
  });
});
