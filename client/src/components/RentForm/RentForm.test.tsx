import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { SetNodeRentDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render';
import { RentForm } from './RentForm';

const today = new Date().toISOString().slice(0, 10);
const input = (amount: string) => ({ nodeIds: ['n1', 'n2'], amount, currency: 'USD', period: 'HOUR', validFrom: today });

describe('RentForm', () => {
  it('sends one rent for every node given and reports it saved', async () => {
    const onSaved = vi.fn();
    const mocks = [
      {
        request: { query: SetNodeRentDocument, variables: { input: input('1.85') } },
        result: {
          data: {
            setNodeRent: [
              { __typename: 'NodeRent', id: '1', nodeId: 'n1' },
              { __typename: 'NodeRent', id: '2', nodeId: 'n2' },
            ],
          },
        },
      },
    ];
    renderWithProviders(
      <MockedProvider mocks={mocks}>
        <RentForm nodeIds={['n1', 'n2']} onSaved={onSaved} />
      </MockedProvider>,
    );
    await userEvent.type(screen.getByTestId('rent-amount'), '1.85');
    await userEvent.click(screen.getByRole('button', { name: 'Save rent' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
  });

  it('refuses a negative amount before asking, and puts the server’s field error on its field', async () => {
    const mocks = [
      {
        request: { query: SetNodeRentDocument, variables: { input: input('20000') } },
        result: {
          errors: [new GraphQLError('input.amount must be at most 10000 per hour', { extensions: { code: 'BAD_USER_INPUT', field: 'input.amount' } })],
        },
      },
    ];
    renderWithProviders(
      <MockedProvider mocks={mocks}>
        <RentForm nodeIds={['n1', 'n2']} onSaved={() => undefined} />
      </MockedProvider>,
    );
    const amount = screen.getByTestId('rent-amount');
    await userEvent.type(amount, '-5');
    await userEvent.click(screen.getByRole('button', { name: 'Save rent' }));
    expect(await screen.findByText(/Enter an amount above 0/)).toBeTruthy();
    await userEvent.clear(amount);
    await userEvent.type(amount, '20000');
    await userEvent.click(screen.getByRole('button', { name: 'Save rent' }));
    await waitFor(() => expect(screen.getByText(/Enter an amount above 0/)).toBeTruthy());
  });
});
