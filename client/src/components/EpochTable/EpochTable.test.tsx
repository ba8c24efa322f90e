import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { makeFragmentData } from '../../gql';
import { changeLanguage } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { renderWithProviders } from '../../test/render';
import { EpochTable, EpochTableFragment } from './EpochTable';

const HOUR = 3_600_000;
const SERVER_TEXT = 'server English text';

function outcome(overrides: Record<string, unknown> = {}) {
  return makeFragmentData(
    {
      epoch: 12,
      settledAt: '2026-03-05T10:00:00.000Z',
      rewarded: '0.000000000',
      inferenceCount: 1,
      missedRequests: 5,
      invalidatedInferences: 0,
      missedRate: 5 / 6,
      invalidationRate: 0,
      verdict: 'ZERO_DOWNTIME',
      verdictReason: SERVER_TEXT,
      exclusionReason: null,
      claimStatus: 'NOTHING_TO_CLAIM',
      claimDeadline: null,
      downtimeTest: { threshold: 0.1, maxMissedAllowed: 2, networkMissedRate: 0.05, mode: 'DYNAMIC' },
      ...overrides,
    } as never,
    EpochTableFragment,
  );
}

/** The wide table (the cards repeat the same cells for phones). */
const table = () => within(screen.getByTestId('epoch-table'));

/** The cell of `column` (0-based) in the only row. */
const cell = (column: number) => table().getAllByRole('cell')[column]!.textContent;

afterEach(() => changeLanguage('en'));

describe('EpochTable', () => {
  it('words a downtime verdict from its codes and figures, in English and in Russian, not the server text', async () => {
    renderWithProviders(<EpochTable outcomes={[outcome()]} />);
    expect(table().getByTestId('verdict-reason').textContent).toBe(
      "Paid 0: 5 of 6 requests missed (83.3%), above the downtime threshold of 10.0% (the chain's test allows at most 2 missed of 6)",
    );
    expect(table().getByText('Downtime')).toBeTruthy();
    await changeLanguage('ru');
    expect(table().getByTestId('verdict-reason').textContent).toBe(
      'Выплачено 0: пропущено 5 из 6 запросов (83,3%), выше порога простоя 10,0% (тест сети допускает не более 2 пропусков из 6)',
    );
    expect(table().getByText('Простой')).toBeTruthy();
    expect(screen.getByTestId('epoch-table').textContent).not.toContain(SERVER_TEXT);
  });

  it('shows "—" for counts the chain did not report, never 0, and says the outcome cannot be checked', () => {
    renderWithProviders(
      <EpochTable
        outcomes={[
          outcome({
            verdict: 'UNKNOWN',
            inferenceCount: null,
            missedRequests: null,
            invalidatedInferences: null,
            missedRate: null,
            invalidationRate: null,
            downtimeTest: null,
          }),
        ]}
      />,
    );
    // Columns: epoch, claim, settled, reward, requests, missed, missed rate, invalidation rate, verdict.
    expect([cell(4), cell(5), cell(6), cell(7)]).toEqual(['—', '—', '—', '—']);
    expect(cell(3)).toBe('0.00');
    expect(table().getByTestId('verdict-reason').textContent).toBe("Paid 0: the chain's summary has no request counts, so the outcome cannot be checked");
  });

  it('shows until when a reward can be claimed and how long is left; an expired one is red', () => {
    const deadline = new Date(Date.now() + 3 * HOUR + 60_000).toISOString();
    renderWithProviders(
      <EpochTable
        outcomes={[
          outcome({
            epoch: 14,
            rewarded: '12.345000000',
            verdict: 'PAID',
            inferenceCount: 60,
            missedRequests: 0,
            missedRate: 0,
            claimStatus: 'CLAIMABLE',
            claimDeadline: deadline,
          }),
          outcome({ epoch: 13, rewarded: '3.000000000', verdict: 'PAID', inferenceCount: 60, missedRequests: 0, missedRate: 0, claimStatus: 'EXPIRED' }),
        ]}
      />,
    );
    const [claimable, expired] = table().getAllByTestId('claim-badge');
    expect(claimable!.textContent).toBe('Claimable');
    expect(table().getByTestId('claim-deadline').textContent).toBe(`until ${formatDateTime(deadline)}`);
    expect(table().getByTestId('claim-countdown').textContent).toBe('in 3 hours');
    expect(expired!.textContent).toBe('Expired');
    expect(expired!.closest('[data-variant="filled"]')?.getAttribute('style') ?? '').toMatch(/red/);
    expect(table().getAllByTestId('verdict-reason')[0]!.textContent).toBe(
      'Paid 12.35 GNK: 0 of 60 requests missed (0.0%), within the downtime threshold of 10.0%',
    );
  });

  it("keeps the server's text for a verdict this client does not know", () => {
    renderWithProviders(<EpochTable outcomes={[outcome({ verdict: 'ZERO_SOMETHING_NEW' })]} />);
    expect(table().getByTestId('verdict-reason').textContent).toBe(SERVER_TEXT);
  });

  it('shows each epoch’s reward with its value at the settlement day’s price beside it, "—" without a price', () => {
    const usd = { amount: '5.20', currency: 'USD', price: '0.4213', priceAt: '2026-03-05T00:00:00.000Z', stale: false };
    renderWithProviders(
      <EpochTable
        outcomes={[
          outcome({ epoch: 12, rewarded: '12.345678901', rewardedValue: usd, verdict: 'PAID' }),
          outcome({ epoch: 11, rewarded: '3.000000000', rewardedValue: null, verdict: 'PAID' }),
        ]}
      />,
    );
    expect(
      table()
        .getAllByTestId('gnk-value')
        .map((v) => v.textContent),
    ).toEqual(['$5.20', '—']);
    expect(table().getByText('12.35')).toBeTruthy();
  });
});
