import { afterEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { makeFragmentData } from '../../gql';
import { changeLanguage } from '../../i18n';
import { renderWithProviders } from '../../test/render';
import { StatusTimeline, StatusTimelineFragment } from './StatusTimeline';

const NO_FIGURES = { jailedUntil: null, exclusionReason: null, missedRate: null, invalidationRate: null, confirmationPocRatio: null, threshold: null };

function change(fields: Record<string, unknown>) {
  return makeFragmentData({ at: '2026-03-05T10:00:00.000Z', oldStatus: 'HEALTHY', ...fields } as never, StatusTimelineFragment);
}

afterEach(() => changeLanguage('en'));

describe('StatusTimeline', () => {
  it('words each change from its rule and figures in Russian: no English left in a reason', async () => {
    await changeLanguage('ru');
    renderWithProviders(
      <StatusTimeline
        changes={[
          change({
            newStatus: 'UNHEALTHY',
            reason: 'missed rate 50.0% > 10.0%',
            rule: 'MISSED_RATE',
            details: { ...NO_FIGURES, missedRate: 0.5, threshold: 0.1 },
          }),
          change({
            newStatus: 'JAILED',
            reason: 'validator jailed until 2026-12-01T08:41:10.461Z',
            rule: 'VALIDATOR_JAILED',
            details: { ...NO_FIGURES, jailedUntil: '2026-12-01T08:41:10.461Z' },
          }),
          change({ oldStatus: null, newStatus: 'HEALTHY', reason: 'all checks passed', rule: 'ALL_CHECKS_PASSED', details: NO_FIGURES }),
        ]}
      />,
    );
    const reasons = screen.getAllByTestId('status-change-reason').map((el) => el.textContent ?? '');
    expect(reasons).toHaveLength(3);
    for (const r of reasons) expect(r).not.toMatch(/[A-Za-z]/);
    expect(reasons[0]).toContain('50,0');
    expect(reasons[1]).toMatch(/1 декабря 2026/);
  });

  it('shows the stored text of an old change recorded without a rule', () => {
    renderWithProviders(<StatusTimeline changes={[change({ newStatus: 'OFFLINE', reason: 'health check failed', rule: null, details: null })]} />);
    expect(screen.getByTestId('status-change-reason').textContent).toBe('health check failed');
  });
});
