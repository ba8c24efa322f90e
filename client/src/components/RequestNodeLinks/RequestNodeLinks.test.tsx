import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { RequestNodeCandidatesDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render';
import { RequestNodeLinks } from './RequestNodeLinks';

const node = (id: string, displayName: string | null, identifier: string) => ({ __typename: 'Node', id, displayName, identifier });

describe('RequestNodeLinks', () => {
  it('offers the customer’s nodes (asked of the server by owner) not linked yet, and links the picked ones', async () => {
    const onLink = vi.fn().mockResolvedValue(undefined);
    const mocks = [
      {
        request: { query: RequestNodeCandidatesDocument, variables: { search: null, ownerId: 'u1' } },
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
    ];
    renderWithProviders(
      <MockedProvider mocks={mocks}>
        <RequestNodeLinks customerId="u1" linkedIds={['n3']} onLink={onLink} />
      </MockedProvider>,
    );
    await userEvent.click(screen.getByPlaceholderText('Search this customer’s nodes'));
    const options = await screen.findAllByRole('option', { hidden: true });
    expect(options.map((o) => o.textContent)).toEqual(['rig-01 · gonka1aaaa…aaaaaa', 'gonka1bbbb…bbbbbb']);
    await userEvent.click(options[0]);
    await userEvent.click(screen.getByRole('button', { name: 'Link' }));
    await waitFor(() => expect(onLink).toHaveBeenCalledWith(['n1']));
  });
});
