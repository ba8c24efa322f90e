import { afterEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { makeFragmentData } from '../../gql';
import { changeLanguage } from '../../i18n';
import { renderWithProviders } from '../../test/render';
import { MetricsHistory, MetricsHistoryFragment } from './MetricsHistory';

function point(epoch: number, fields: Record<string, unknown> = {}) {
  return {
    epoch,
    startedAt: '2026-03-05T10:00:00.000Z',
    inProgress: false,
    tokensPerSec: 1000,
    inferenceCount: 120,
    missedRequests: 3,
    totalRequests: 123,
    missRate: 3 / 123,
    uptimePercent: 100,
    ...fields,
  };
}

const points = (list: ReturnType<typeof point>[]) => list.map((p) => makeFragmentData(p as never, MetricsHistoryFragment));

afterEach(() => changeLanguage('en'));

describe('MetricsHistory', () => {
  it('draws the uptime timeline with one cell per epoch, and the three charts', () => {
    renderWithProviders(
      <MetricsHistory
        points={points([point(10, { uptimePercent: null, tokensPerSec: null }), point(11, { uptimePercent: 62.5 }), point(12, { inProgress: true })])}
      />,
    );
    const cells = screen.getAllByTestId('uptime-cell');
    expect(cells.map((c) => c.getAttribute('aria-label'))).toEqual([
      expect.stringMatching(/^Epoch #10: not observed/),
      expect.stringMatching(/^Epoch #11: 62\.5% uptime/),
      expect.stringMatching(/^Epoch #12 \(running\): 100% uptime/),
    ]);
    for (const id of ['tokens-chart', 'miss-rate-chart', 'jobs-chart']) expect(screen.getByTestId(id)).toBeTruthy();
    expect(screen.queryByTestId('tokens-chart-empty')).toBeNull();
  });

  it('says "no data" for a series no source gave (absent is not zero), in Russian', async () => {
    await changeLanguage('ru');
    renderWithProviders(<MetricsHistory points={points([point(10, { tokensPerSec: null, uptimePercent: null }), point(11, { tokensPerSec: null })])} />);
    expect(screen.getByTestId('tokens-chart-empty').textContent).toBe('Данных за эти эпохи пока нет.');
    expect(screen.queryByTestId('jobs-chart-empty')).toBeNull();
    expect(screen.getByText('Аптайм по эпохам')).toBeTruthy();
    expect(screen.getAllByTestId('uptime-cell')[0].getAttribute('aria-label')).toMatch(/^Эпоха №10: не наблюдалась/);
  });

  it('an empty history says so', () => {
    renderWithProviders(<MetricsHistory points={[]} />);
    expect(screen.getByTestId('metrics-history-empty')).toBeTruthy();
  });
});
