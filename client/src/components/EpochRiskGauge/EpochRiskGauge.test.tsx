import { afterEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { makeFragmentData } from '../../gql';
import { changeLanguage } from '../../i18n';
import { renderWithProviders } from '../../test/render';
import { EpochRiskGauge, EpochRiskGaugeFragment } from './EpochRiskGauge';

const SERVER_TEXT = 'server English text';

function risk(overrides: Record<string, unknown> = {}) {
  return makeFragmentData(
    {
      asOf: '2026-03-05T10:00:00.000Z',
      epoch: 42,
      level: 'WATCH',
      reasonCode: 'DOWNTIME_NEAR',
      reason: SERVER_TEXT,
      stale: false,
      requests: 60,
      missedRequests: 9,
      missedRate: 0.15,
      invalidationRate: 0,
      networkMissedRate: 0.04,
      downtimeThreshold: 0.1,
      estimatedReward: '250.123456789',
      estimateSource: 'WEIGHT_SHARE_APPROXIMATION',
      downtimeTest: { threshold: 0.1, maxMissedAllowed: 10, networkMissedRate: 0.04, mode: 'DYNAMIC' },
      models: [],
      ...overrides,
    } as never,
    EpochRiskGaugeFragment,
  );
}

afterEach(() => changeLanguage('en'));

describe('EpochRiskGauge', () => {
  it('words the reason from its code and figures and fills the gauge with missed requests against those allowed', async () => {
    renderWithProviders(<EpochRiskGauge risk={risk()} />);
    expect(screen.getByTestId('risk-level').textContent).toBe('Watch');
    expect(screen.getByTestId('risk-reason').textContent).toBe("9 of 60 requests missed (15.0%): close to the downtime test's limit of 10 at 10.0%");
    expect(screen.getByText('9 missed of at most 10 allowed')).toBeTruthy();
    expect(screen.getByTestId('risk-gauge').querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('90');
    await changeLanguage('ru');
    expect(screen.getByTestId('risk-level').textContent).toBe('Внимание');
    expect(screen.getByTestId('risk-reason').textContent).toBe('Пропущено 9 из 60 запросов (15,0%): близко к лимиту теста простоя: 10 при 10,0%');
    expect(screen.getByTestId('epoch-risk').textContent).not.toContain(SERVER_TEXT);
  });

  it('labels a weight-share estimate as an approximation, and a chain estimate as such', () => {
    const { unmount } = renderWithProviders(<EpochRiskGauge risk={risk()} />);
    expect(screen.getByTestId('risk-estimate-source').textContent).toBe('approximation: weight share × epoch subsidy, ignores penalties');
    expect(screen.getByTestId('risk-estimate').textContent).toContain('250.12');
    unmount();
    renderWithProviders(<EpochRiskGauge risk={risk({ estimateSource: 'CHAIN' })} />);
    expect(screen.getByTestId('risk-estimate-source').textContent).toBe('chain estimate');
  });

  it('shows "—" for what is unknown and says when the data is stale, with no gauge', () => {
    renderWithProviders(
      <EpochRiskGauge
        risk={risk({
          level: 'STALE',
          reasonCode: 'DATA_STALE',
          requests: null,
          missedRequests: null,
          missedRate: null,
          downtimeThreshold: null,
          networkMissedRate: null,
          estimatedReward: null,
          estimateSource: 'CHAIN',
          downtimeTest: null,
        })}
      />,
    );
    expect(screen.getByTestId('risk-level').textContent).toBe('Stale');
    expect(screen.getByText(/Data is stale/)).toBeTruthy();
    expect(screen.getByTestId('risk-reason').textContent).toBe('Live data is stale (an upstream is failing)');
    expect(screen.queryByTestId('risk-gauge')).toBeNull();
    for (const label of ['Missed requests', 'Miss rate', 'Downtime threshold', 'Network miss rate', 'Estimated reward, GNK'])
      expect(screen.getByText(label).nextElementSibling?.textContent, label).toBe('—');
    expect(screen.queryByTestId('risk-estimate-source')).toBeNull();
  });

  it('lists each governance model with its status and, when not served, the weight it may cost (EN and RU)', async () => {
    const models = [
      { modelId: 'Qwen/Qwen3-235B-A22B-Instruct-2507-FP8', status: 'SERVED', weightCost: 0, weightCostShare: 0 },
      { modelId: 'moonshotai/Kimi-K2.6', status: 'NOT_SERVED', weightCost: 1234.4, weightCostShare: 0.15 },
      { modelId: 'MiniMaxAI/MiniMax-M2.7', status: 'UNKNOWN', weightCost: null, weightCostShare: null },
    ];
    renderWithProviders(<EpochRiskGauge risk={risk({ models })} />);
    const rows = screen.getAllByTestId('risk-model');
    expect(rows.map((r) => r.querySelector('[data-testid="risk-model-status"]')?.textContent)).toEqual(['Served', 'Not served', 'Unknown']);
    expect(rows[0].textContent).toContain('Qwen/Qwen3-235B-A22B-Instruct-2507-FP8');
    expect(screen.getAllByTestId('risk-model-cost').map((c) => c.textContent)).toEqual(['up to −1,234 weight']);
    expect(screen.getByTestId('risk-models').textContent).toContain('5% if it was delegated');
    await changeLanguage('ru');
    expect(screen.getAllByTestId('risk-model-status').map((b) => b.textContent)).toEqual(['Обслуживается', 'Не обслуживается', 'Неизвестно']);
    expect(screen.getByTestId('risk-model-cost').textContent?.replace(/\s/g, ' ')).toBe('до −1 234 веса');
  });

  it('shows no model list when the server lists no governance model', () => {
    renderWithProviders(<EpochRiskGauge risk={risk({ models: [] })} />);
    expect(screen.queryByTestId('risk-models')).toBeNull();
  });
});
