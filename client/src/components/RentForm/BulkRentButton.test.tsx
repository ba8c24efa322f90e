import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { RentNodeChoicesDocument, SetNodeRentDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render';
import { BulkRentButton } from './RentButton';

const today = new Date().toISOString().slice(0, 10);
const node = (id: string, displayName: string | null, identifier: string) => ({ __typename: 'Node', id, displayName, identifier });

describe('BulkRentButton', () => {
  it('sets one rent for the nodes picked (by name, or short address when unnamed) in one request, then closes', async () => {
    const saved = { current: false };
    const mocks = [
      {
        request: { query: RentNodeChoicesDocument, variables: { search: null } },
        result: {
          data: {
            nodes: {
              __typename: 'NodeConnection',
              nodes: [
                node('n1', 'rig-01', `gonka1${'a'.repeat(38)}`),
                node('n2', null, `gonka1${'b'.repeat(38)}`),
                node('n3', 'rig-03', `gonka1${'c'.repeat(38)}`),
              ],
            },
          },
        },
      },
      {
        request: {
          query: SetNodeRentDocument,
          variables: { input: { nodeIds: ['n1', 'n2'], amount: '950', currency: 'USD', period: 'HOUR', validFrom: today } },
        },
        result: () => {
          saved.current = true;
          return {
            data: {
              setNodeRent: [
                { __typename: 'NodeRent', id: 'r1', nodeId: 'n1' },
                { __typename: 'NodeRent', id: 'r2', nodeId: 'n2' },
              ],
            },
          };
        },
      },
    ];
    renderWithProviders(
      <MockedProvider mocks={mocks}>
        <BulkRentButton />
      </MockedProvider>,
    );
    await userEvent.click(screen.getByTestId('bulk-rent-button'));
    await userEvent.click(await screen.findByPlaceholderText('Pick nodes'));
    // The node picker's list (the form's currency select has its own).
    const nodeOptions = async () => {
      const lists = await screen.findAllByRole('listbox', { hidden: true });
      return within(lists.find((l) => within(l).queryByText('rig-03')) as HTMLElement).getAllByRole('option', { hidden: true });
    };
    expect((await nodeOptions()).map((o) => o.textContent)).toEqual(['rig-01', 'gonka1bbbb…bbbbbb', 'rig-03']);
    await userEvent.click((await nodeOptions())[0]);
    await userEvent.click((await nodeOptions())[1]);
    expect(await screen.findByText('Set rent for 2 nodes')).toBeTruthy();
    await userEvent.type(screen.getByTestId('rent-amount'), '950');
    await userEvent.click(screen.getByRole('button', { name: 'Save rent' }));
    await waitFor(() => expect(saved.current).toBe(true));
    await waitFor(() => expect(screen.queryByText('Set rent for 2 nodes')).toBeNull());
  });
});
