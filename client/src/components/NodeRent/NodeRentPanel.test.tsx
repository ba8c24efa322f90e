import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { NodeRentPanelDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render';
import { NodeRentPanel } from './NodeRentPanel';

const role = vi.hoisted(() => ({ current: 'USER' }));
vi.mock('../../session/SessionProvider', () => ({
  useSession: () => ({ user: { id: 'u1', email: 'someone@minegnk.demo', role: role.current }, ready: true, signOut: async () => {} }),
}));

const profit = {
  __typename: 'Profit',
  currency: 'USD',
  incomeGnk: '1000.000000000',
  income: '420.00',
  rent: '300.00',
  net: '120.00',
  margin: '28.57',
  nodesWithoutRent: 0,
  priceSource: 'simulator',
  projection: null,
  returns: { __typename: 'ProfitReturn', roi: null, since: null, breakEvenAt: null },
  daily: [{ __typename: 'ProfitDay', day: '2026-11-01', income: '14.00', rent: '10.00' }],
};
const rent = (id: string, amount: string, period: string, validFrom: string, validUntil: string | null) => ({
  __typename: 'NodeRent',
  id,
  amount,
  currency: 'USD',
  period,
  validFrom,
  validUntil,
});

function renderPanel(rents: ReturnType<typeof rent>[]) {
  const mocks = [
    {
      request: { query: NodeRentPanelDocument, variables: { id: 'n1' } },
      result: { data: { node: { __typename: 'Node', id: 'n1', rents, profit } } },
    },
  ];
  return renderWithProviders(
    <MockedProvider mocks={mocks}>
      <NodeRentPanel nodeId="n1" />
    </MockedProvider>,
  );
}

describe('NodeRentPanel', () => {
  it('shows the rent history: each rent worded with its period and dates, the open one as in effect; no Rent button for a customer', async () => {
    role.current = 'USER';
    renderPanel([
      rent('r2', '300.5', 'MONTH', '2026-11-15T00:00:00.000Z', null),
      rent('r1', '0.4167', 'HOUR', '2026-10-01T00:00:00.000Z', '2026-11-15T00:00:00.000Z'),
    ]);
    const rows = within(await screen.findByTestId('rent-history')).getAllByRole('row');
    expect(rows.slice(1).map((r) => Array.from(r.querySelectorAll('td')).map((c) => c.textContent))).toEqual([
      ['$300.50 per month', 'November 15, 2026', 'in effect'],
      ['$0.4167 per hour', 'October 1, 2026', 'November 15, 2026'],
    ]);
    expect(screen.getByTestId('profit-net').textContent).toContain('120');
    expect(screen.queryByTestId('rent-button')).toBeNull();
  });

  it('without rents says so, and an admin gets the Rent button', async () => {
    role.current = 'ADMIN';
    renderPanel([]);
    expect(await screen.findByText('No rent recorded for this node.')).toBeTruthy();
    expect(screen.getByTestId('rent-button').textContent).toBe('Rent');
  });
});
