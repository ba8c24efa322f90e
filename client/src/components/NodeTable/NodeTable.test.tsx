import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '../../gql';
import { changeLanguage } from '../../i18n';
import { renderWithProviders } from '../../test/render';
import { NodeStatusBadgeFragment } from '../NodeStatusBadge/NodeStatusBadge';
import { gpuLabel, NodeTable, NodeTableFragment } from './NodeTable';

function node(overrides: Record<string, unknown> = {}) {
  return makeFragmentData(
    {
      id: 'n1',
      displayName: 'Rig A',
      identifier: 'gonka1qyqszqgpqyqszqgpqyqszqgpqyqszqgpabcdef',
      gpuType: null,
      hardware: { totalGpus: 8, gpus: [{ type: 'NVIDIA H100 80GB HBM3 | 79GB', count: 8 }] },
      tokensPerSec: 1520.4,
      jobsDay: 3400,
      earningsDay: '12.345678901',
      earningsTotal: '48552.031736571',
      uptimePercent: 99.5,
      uptimeObservedSince: new Date(Date.now() - 7 * 86_400_000).toISOString(),
      ...makeFragmentData({ status: 'JAILED', statusReason: 'validator jailed', statusRule: null, statusDetails: null }, NodeStatusBadgeFragment),
      ...overrides,
    } as never,
    NodeTableFragment,
  );
}

describe('NodeTable', () => {
  it('renders a row per node with exact GNK, GPU and a link to details', () => {
    renderWithProviders(<NodeTable nodes={[node()]} />);
    const row = screen.getByTestId('node-row');
    expect(within(row).getByRole('link', { name: 'Rig A' }).getAttribute('href')).toBe('/nodes/n1');
    expect(within(row).getByText('48,552.03')).toBeTruthy();
    expect(within(row).getByText('8× H100 80GB HBM3')).toBeTruthy();
    expect(within(row).getByText('99.5%')).toBeTruthy();
  });

  it('shows the status and its reason on hover', async () => {
    renderWithProviders(<NodeTable nodes={[node()]} />);
    await userEvent.hover(within(screen.getByTestId('node-table')).getByText('Jailed'));
    expect(await screen.findByText('validator jailed')).toBeTruthy();
  });

  it('hides detail columns when compact', () => {
    renderWithProviders(<NodeTable nodes={[node()]} compact />);
    expect(screen.queryByText('Tokens/s')).toBeNull();
    expect(within(screen.getByTestId('node-table')).getByText('Earned total')).toBeTruthy();
  });

  it('shows a node with no data yet as Unknown, its missing numbers as —', async () => {
    const unknown = node({
      hardware: null,
      tokensPerSec: null,
      jobsDay: null,
      uptimePercent: null,
      ...makeFragmentData({ status: 'UNKNOWN', statusReason: 'no data yet', statusRule: null, statusDetails: null }, NodeStatusBadgeFragment),
    });
    renderWithProviders(<NodeTable nodes={[unknown]} />);
    const row = screen.getByTestId('node-row');
    await userEvent.hover(within(row).getByText('Unknown'));
    expect(await screen.findByText('no data yet')).toBeTruthy();
    expect(within(row).getAllByText('—').length).toBeGreaterThanOrEqual(4);
  });

  it('shows "—", not 0, for throughput, jobs and uptime the network does not report (EN and RU)', async () => {
    renderWithProviders(<NodeTable nodes={[node({ tokensPerSec: null, jobsDay: null, uptimePercent: null, uptimeObservedSince: null })]} />);
    const cells = () =>
      within(screen.getByTestId('node-row'))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    // Node, status, GPU, tokens/s, jobs/day, earned/day, earned total, uptime.
    expect([cells()[3], cells()[4], cells()[7]]).toEqual(['—', '—', '—']);
    await changeLanguage('ru');
    expect([cells()[3], cells()[4], cells()[7]]).toEqual(['—', '—', '—']);
    await changeLanguage('en');
  });

  it('names the start of observation only for a node watched less than the window', () => {
    const since = new Date(Date.now() - 86_400_000).toISOString();
    renderWithProviders(<NodeTable nodes={[node({ id: 'a' }), node({ id: 'b', uptimePercent: 100, uptimeObservedSince: since })]} />);
    const spans = within(screen.getByTestId('node-table')).getAllByTestId('uptime-span');
    expect(spans).toHaveLength(1);
    expect(spans[0]!.textContent).toMatch(/^since /);
  });

  it('lays the same rows out as cards on a phone, each status badge in full and the figures labelled', () => {
    const healthy = makeFragmentData({ status: 'HEALTHY', statusReason: 'ok', statusRule: null, statusDetails: null }, NodeStatusBadgeFragment);
    renderWithProviders(<NodeTable nodes={[node(), node({ id: 'n2', displayName: 'Rig B', ...healthy })]} />);
    const cards = screen.getAllByTestId('node-card');
    const names = (els: HTMLElement[]) => els.map((el) => within(el).getByRole('link').textContent);
    expect(names(cards)).toEqual(['Rig A', 'Rig B']);
    expect(names(screen.getAllByTestId('node-row'))).toEqual(['Rig A', 'Rig B']);
    expect(within(cards[0]!).getByText('Jailed')).toBeTruthy();
    expect(within(cards[1]!).getByText('Healthy')).toBeTruthy();
    const total = within(cards[0]!).getByText('Earned total');
    expect(total.tagName).toBe('DT');
    expect(total.nextElementSibling?.textContent).toBe('48,552.03');
    // CSS picks the layout (no flash on first paint): cards below Mantine's sm breakpoint, the table from it.
    expect(screen.getByTestId('node-cards').className).toContain('mantine-hidden-from-sm');
    expect(screen.getByTestId('node-table').closest('.mantine-visible-from-sm')).not.toBeNull();
  });

  it('prefers the recorded GPU type', () => {
    expect(gpuLabel({ gpuType: '8x H200', hardware: null })).toBe('8x H200');
    expect(gpuLabel({ gpuType: null, hardware: null })).toBeNull();
  });

  it('shows each GNK amount with its value in the preferred currency beside it, "—" without a price, the price’s source on hover (EN and RU)', async () => {
    const usd = (amount: string) => ({ amount, currency: 'USD', price: '0.4213', priceAt: '2026-03-05T10:00:00.000Z', stale: false });
    renderWithProviders(<NodeTable nodes={[node({ earningsDayValue: usd('5.20'), earningsTotalValue: null })]} priceSource="simulator" />);
    const row = within(screen.getByTestId('node-row'));
    const [day, total] = row.getAllByTestId('gnk-value');
    expect(day!.textContent).toBe('$5.20');
    expect(total!.textContent).toBe('—');
    // The value leads, its GNK (with the unit) under it; without a price the GNK figure leads over "—".
    expect(row.getByTestId('gnk-secondary').textContent).toBe('12.35 GNK');
    expect(row.getByTestId('gnk-main').textContent).toBe('48,552.03');
    expect(row.getByText('12.35')).toBeTruthy();
    expect(row.getByText('48,552.03')).toBeTruthy();
    await userEvent.hover(within(day!).getByTestId('fiat-amount'));
    expect(await screen.findByText(/^Price from the simulator \(demo\) .*at March 5, 2026/)).toBeTruthy();
    await changeLanguage('ru');
    expect(within(screen.getByTestId('node-row')).getAllByTestId('gnk-value')[0]!.textContent).toBe('5,20 $');
    await changeLanguage('en');
  });

  it('a GNK preference shows the GNK figures alone', () => {
    const gnk = { amount: '12.345678901', currency: 'GNK', price: '1', priceAt: '2026-03-05T10:00:00.000Z', stale: false };
    renderWithProviders(<NodeTable nodes={[node({ earningsDayValue: gnk, earningsTotalValue: { ...gnk, amount: '48552.031736571' } })]} />);
    expect(within(screen.getByTestId('node-row')).queryAllByTestId('gnk-value')).toHaveLength(0);
  });
});
