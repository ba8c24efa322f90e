import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '../../gql';
import { renderWithProviders } from '../../test/render';
import { NodeStatusBadgeFragment } from '../NodeStatusBadge/NodeStatusBadge';
import { NodeTable, NodeTableFragment } from '../NodeTable/NodeTable';

const node = makeFragmentData(
  {
    id: 'n1',
    displayName: 'Rig A',
    identifier: 'gonka1abc',
    gpuType: null,
    hardware: { totalGpus: 8, gpus: [{ type: 'NVIDIA H100 80GB HBM3 | 79GB', count: 8 }] },
    tokensPerSec: null,
    jobsDay: null,
    earningsDay: '0.015',
    earningsTotal: '48552.031736571',
    uptimePercent: null,
    uptimeObservedSince: null,
    ...makeFragmentData({ status: 'HEALTHY', statusReason: 'ok', statusRule: null, statusDetails: null }, NodeStatusBadgeFragment),
  } as never,
  NodeTableFragment,
);

describe('GNK amounts in the node table', () => {
  it('show 2 decimals and the exact amount on hover', async () => {
    renderWithProviders(<NodeTable nodes={[node]} />);
    const row = screen.getByTestId('node-row');
    expect(within(row).getByText('0.02')).toBeTruthy();
    await userEvent.hover(within(row).getByText('48,552.03'));
    expect(await screen.findByText('48,552.031736571 GNK')).toBeTruthy();
  });
});
