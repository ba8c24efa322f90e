import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { ExpectedEarningsDocument } from '../../gql/graphql';
import { createCache } from '../../app/apollo';
import { renderWithProviders } from '../../test/render';
import NewRequestPage from './NewRequestPage';

const answer = (gpuModel: string, quantity: number, result: Record<string, unknown>) => ({
  request: { query: ExpectedEarningsDocument, variables: { gpuModel, quantity } },
  result: { data: { expectedEarnings: { __typename: 'ExpectedEarningsEstimate', ...result } } },
});

const h100x2 = answer('H100', 2, {
  unavailableReason: null,
  expected: {
    __typename: 'ExpectedEarnings',
    quantity: 2,
    perEpoch: '300.000000000',
    perDay: '313.043478261',
    perEpochValue: { __typename: 'FiatValue', amount: '126.39', currency: 'USD', price: '0.4213', priceAt: '2026-03-01T10:00:00Z', stale: false },
    perDayValue: { __typename: 'FiatValue', amount: '131.89', currency: 'USD', price: '0.4213', priceAt: '2026-03-01T10:00:00Z', stale: false },
    computedAt: '2026-03-01T10:00:00Z',
    basis: { __typename: 'ExpectedEarningsBasis', gpuModel: 'H100', medianPerGpu: '150.000000000', epochs: 7, fromEpoch: 98, toEpoch: 104, networkNodes: 41 },
  },
});

describe('NewRequestPage', () => {
  it('shows the expectation live for the GPU and quantity typed, with its basis; "—" and why for a GPU the network lacks', { timeout: 30_000 }, async () => {
    renderWithProviders(
      <MockedProvider mocks={[h100x2, answer('RTX 5090', 2, { unavailableReason: 'NO_NETWORK_DATA', expected: null })]} cache={createCache()}>
        <NewRequestPage />
      </MockedProvider>,
    );
    expect(screen.getByTestId('expected-earnings').textContent).toBe('Expected earnings: —');
    await userEvent.type(screen.getByLabelText(/^Desired GPU/, { selector: 'input' }), 'H100');
    const quantity = screen.getByRole('textbox', { name: 'Number of GPUs' });
    await userEvent.clear(quantity);
    await userEvent.type(quantity, '2');
    expect(await screen.findByText(/300\.00 GNK per epoch/, {}, { timeout: 3000 })).toBeTruthy();
    expect(screen.getByTestId('expected-earnings').textContent).toContain('300.00 GNK per epoch (≈ $126.39) · ≈ 313.04 GNK per day (≈ $131.89)');
    expect(screen.getByTestId('expected-basis').textContent).toContain(
      'Network median 150.00 GNK per H100 GPU × 2, over 7 settled epochs (98–104) of 41 network nodes.',
    );

    const gpu = screen.getByLabelText(/^Desired GPU/, { selector: 'input' });
    await userEvent.clear(gpu);
    await userEvent.type(gpu, 'RTX 5090');
    expect(await screen.findByText('No network node with only this GPU in the recent epochs.', {}, { timeout: 3000 })).toBeTruthy();
    expect(screen.getByTestId('expected-earnings').textContent).toContain('Expected earnings: —');
  });

  it('asks nothing for a support request', async () => {
    renderWithProviders(
      <MockedProvider mocks={[]} cache={createCache()}>
        <NewRequestPage />
      </MockedProvider>,
    );
    await userEvent.click(screen.getByLabelText('Request type', { selector: 'input' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Support', hidden: true }));
    expect(screen.queryByTestId('expected-earnings')).toBeNull();
  });
});
