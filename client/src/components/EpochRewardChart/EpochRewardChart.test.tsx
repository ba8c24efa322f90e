import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import { makeFragmentData } from '../../gql';
import { changeLanguage } from '../../i18n';
import { renderWithProviders } from '../../test/render';
import { EpochRewardChart, EpochRewardChartFragment } from './EpochRewardChart';

const outcomes = [
  { epoch: 11, rewarded: '120.500000000', verdict: 'PAID' },
  { epoch: 12, rewarded: '0.000000000', verdict: 'ZERO_DOWNTIME' },
  { epoch: 13, rewarded: '98.000000000', verdict: 'PAID' },
  { epoch: 14, rewarded: '0', verdict: 'ZERO_EXCLUDED' },
].map((o) => makeFragmentData(o as never, EpochRewardChartFragment));

/** The drawn bars of one series, by the colour recharts fills them with. */
function barsFilled(color: string) {
  return [...screen.getByTestId('epoch-reward-chart').querySelectorAll('path.recharts-rectangle')].filter((p) => p.getAttribute('fill')?.includes(color));
}

describe('EpochRewardChart', () => {
  // jsdom does no layout: give the chart's responsive container a size so recharts draws its bars.
  beforeAll(() => {
    const measure = HTMLElement.prototype.getBoundingClientRect;
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      return this.classList.contains('recharts-responsive-container') ? new DOMRect(0, 0, 640, 260) : measure.call(this);
    });
  });
  afterAll(() => vi.restoreAllMocks());
  afterEach(() => act(() => changeLanguage('en')));

  it('marks the epochs that paid 0 with a red bar of their own and names them with the verdict', async () => {
    renderWithProviders(<EpochRewardChart outcomes={outcomes} />);
    // Two paid bars in the brand colour, two red markers where a 0 would have no height at all.
    await waitFor(() => expect(barsFilled('red')).toHaveLength(2));
    expect(barsFilled('gonka')).toHaveLength(2);
    expect(screen.getByTestId('zero-epochs').textContent).toBe('Paid 0 in epochs: #12 (failed the downtime test), #14 (excluded from the epoch)');
    expect(screen.getAllByText('Paid 0').length).toBeGreaterThan(0); // the legend
    await act(() => changeLanguage('ru'));
    expect(screen.getByTestId('zero-epochs').textContent).toBe('Выплачено 0 в эпохах: #12 (не прошла тест простоя), #14 (исключена из эпохи)');
  });

  it('says so when every epoch paid', () => {
    renderWithProviders(<EpochRewardChart outcomes={[outcomes[0]!, outcomes[2]!]} />);
    expect(screen.getByTestId('zero-epochs').textContent).toBe('Every epoch shown paid a reward.');
  });
});
