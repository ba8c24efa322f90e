import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { makeFragmentData } from '../../gql';
import { changeLanguage } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { renderWithProviders } from '../../test/render';
import { NeedsAttention, NeedsAttentionFragment } from './NeedsAttention';

const HOUR = 3_600_000;
// A minute's slack: the countdown is taken a moment after this.
const deadline = new Date(Date.now() + 26 * HOUR + 60_000).toISOString();

function line(overrides: Record<string, unknown>) {
  return {
    nodeId: 'n1',
    nodeName: 'rig-1',
    epoch: 41,
    amount: null,
    deadline: null,
    verdict: null,
    riskLevel: null,
    riskReason: null,
    reason: 'server English text',
    ...overrides,
  };
}

function dashboard(overrides: Record<string, unknown> = {}) {
  return makeFragmentData(
    {
      atRiskNodes: 1,
      claimable: { amount: '12.345000000', deadline, count: 2 },
      expiredThisMonth: '3.000000000',
      zeroRewardEpochsThisMonth: 1,
      attention: [
        line({ kind: 'AT_RISK', epoch: 42, riskLevel: 'AT_RISK' }),
        line({ kind: 'CLAIMABLE', nodeId: 'n2', nodeName: 'rig-2', amount: '12.345000000', deadline }),
        line({ kind: 'EXPIRED', amount: '3.000000000', epoch: 39 }),
        line({ kind: 'ZERO_EPOCH', verdict: 'ZERO_DOWNTIME', epoch: 40 }),
      ],
      ...overrides,
    } as never,
    NeedsAttentionFragment,
  );
}

afterEach(() => changeLanguage('en'));

describe('NeedsAttention', () => {
  it('words each line from its kind and links it to its node; a claimable one counts down to its deadline', () => {
    renderWithProviders(<NeedsAttention dashboard={dashboard()} />);
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'rig-1: current epoch 42 is at risk',
      `rig-2: 12.35 GNK of epoch 41 can be claimed until ${formatDateTime(deadline)}`,
      'rig-1: 3.00 GNK of epoch 39 expired unclaimed',
      'rig-1: epoch 40 paid 0 (failed the downtime test)',
    ]);
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/nodes/n1', '/nodes/n2', '/nodes/n1', '/nodes/n1']);
    expect(screen.getByTestId('attention-countdown').textContent).toBe('in 26 hours');
    const claimable = within(screen.getByTestId('attention-claimable'));
    expect(claimable.getByText('12.35')).toBeTruthy();
    expect(screen.getByTestId('attention-claimable').textContent).toContain(`2 rewards, earliest deadline ${formatDateTime(deadline)} (in 26 hours)`);
    expect(screen.getByTestId('needs-attention').textContent).not.toContain('server English text');
  });

  it('says it in Russian, plurals included', async () => {
    await changeLanguage('ru');
    renderWithProviders(<NeedsAttention dashboard={dashboard()} />);
    expect(screen.getAllByRole('link')[3]!.textContent).toBe('rig-1: эпоха 40 принесла 0 (не прошла тест простоя)');
    expect(screen.getByTestId('attention-claimable').textContent).toContain('2 награды');
    expect(screen.getByText('Требует внимания')).toBeTruthy();
  });

  it('names why an at-risk epoch is at risk, from the risk reason code, in both languages', async () => {
    const atRisk = dashboard({ attention: [line({ kind: 'AT_RISK', epoch: 42, riskLevel: 'AT_RISK', riskReason: 'DOWNTIME_FAILING' })] });
    const { unmount } = renderWithProviders(<NeedsAttention dashboard={atRisk} />);
    expect(screen.getByRole('link').textContent).toBe('rig-1: current epoch 42 is at risk — failing the downtime test');
    unmount();
    await changeLanguage('ru');
    renderWithProviders(<NeedsAttention dashboard={atRisk} />);
    expect(screen.getByRole('link').textContent).toBe('rig-1: текущая эпоха 42 под угрозой — не проходит тест простоя');
  });

  it('puts the value in the preferred currency beside each GNK amount, "—" without a price, nothing for a GNK preference', async () => {
    const usd = (amount: string) => ({ amount, currency: 'USD', price: '0.41', priceAt: '2026-12-01T00:00:00Z', stale: false });
    const valued = dashboard({
      claimable: { amount: '12.345000000', amountValue: usd('5.06'), deadline, count: 2 },
      expiredThisMonthValue: null,
      attention: [
        line({ kind: 'CLAIMABLE', nodeId: 'n2', amount: '12.345000000', amountValue: usd('5.06'), deadline }),
        line({ kind: 'EXPIRED', amount: '3.000000000', amountValue: usd('1.23'), epoch: 39 }),
        line({ kind: 'ZERO_EPOCH', verdict: 'ZERO_DOWNTIME', epoch: 40, amountValue: null }),
      ],
    });
    const { unmount } = renderWithProviders(<NeedsAttention dashboard={valued} priceSource="simulator" />);
    // The value leads, its GNK under it; without a price the GNK figure leads over "—".
    expect(screen.getByTestId('attention-claimable').textContent).toContain('$5.0612.35 GNK');
    expect(screen.getByTestId('attention-expired').textContent).toContain('3.00—');
    expect(screen.getAllByTestId('attention-value').map((v) => v.textContent)).toEqual(['$5.06', '$1.23']);
    unmount();
    await changeLanguage('ru');
    const ru = renderWithProviders(<NeedsAttention dashboard={valued} />);
    expect(screen.getAllByTestId('attention-value').map((v) => v.textContent?.replace(/\s/g, ' '))).toEqual(['5,06 $', '1,23 $']);
    ru.unmount();
    await changeLanguage('en');
    const gnk = { amount: '3.000000000', currency: 'GNK', price: '1', priceAt: '2026-12-01T00:00:00Z', stale: false };
    renderWithProviders(
      <NeedsAttention dashboard={dashboard({ expiredThisMonthValue: gnk, attention: [line({ kind: 'EXPIRED', amount: '3.000000000', amountValue: gnk })] })} />,
    );
    expect(screen.queryAllByTestId('attention-value')).toEqual([]);
  });

  it('shows "—" for an unknown at-risk count, not 0', () => {
    renderWithProviders(<NeedsAttention dashboard={dashboard({ atRiskNodes: null })} />);
    expect(screen.getByTestId('attention-at-risk').textContent).toBe('Nodes at risk—');
  });

  it('says nothing needs attention when all is clear', () => {
    const clear = {
      atRiskNodes: 0,
      claimable: { amount: '0.000000000', deadline: null, count: 0 },
      expiredThisMonth: '0.000000000',
      zeroRewardEpochsThisMonth: 0,
      attention: [],
    };
    renderWithProviders(<NeedsAttention dashboard={dashboard(clear)} />);
    expect(screen.getByTestId('attention-empty').textContent).toBe('Nothing needs attention.');
    expect(screen.queryByRole('link')).toBeNull();
  });
});
