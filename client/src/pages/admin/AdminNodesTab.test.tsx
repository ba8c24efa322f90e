import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { AdminNodesDocument, UnassignNodeDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render';
import { AdminNodesTab } from './AdminNodesTab';

const alice = { __typename: 'User', id: 'u1', email: 'alice@example.com' };

function node(id: string, owner: typeof alice | null) {
  return {
    __typename: 'Node',
    id,
    displayName: `rig-${id}`,
    identifier: `gonka1${id.padEnd(38, 'q')}`,
    identifierType: 'WALLET',
    owner,
    status: 'HEALTHY',
    statusReason: 'healthy',
    statusRule: null,
    statusDetails: null,
  };
}

const LIST = {
  request: { query: AdminNodesDocument, variables: { first: 25, filter: null, orderBy: null, userSearch: null } },
  result: {
    data: {
      nodes: {
        __typename: 'NodeConnection',
        totalCount: 2,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: [
          { __typename: 'NodeEdge', node: node('n1', alice) },
          { __typename: 'NodeEdge', node: node('n2', null) },
        ],
      },
      users: { __typename: 'UserConnection', nodes: [alice] },
    },
  },
};

const UNASSIGN = {
  request: { query: UnassignNodeDocument, variables: { input: { nodeId: 'n1' } } },
  result: { data: { unassignNode: { __typename: 'Node', id: 'n1', owner: null } } },
};

/** The owner cells of the table (the cards render the same cells for small screens). */
function ownerCells(): string[] {
  return within(screen.getByTestId('admin-nodes'))
    .getAllByTestId('node-owner')
    .map((cell) => cell.textContent ?? '');
}

afterEach(() => vi.restoreAllMocks());

describe('AdminNodesTab', () => {
  it('shows each node owner, and a node unassigned in place loses it', { timeout: 20_000 }, async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    renderWithProviders(
      <MockedProvider mocks={[LIST, UNASSIGN]}>
        <AdminNodesTab />
      </MockedProvider>,
    );
    const table = await screen.findByTestId('admin-nodes');
    expect(within(table).getByRole('columnheader', { name: 'Owner' })).toBeTruthy();
    expect(ownerCells()).toEqual(['alice@example.com', 'Unassigned']);

    const [first] = within(table).getAllByRole('button', { name: 'Unassign' });
    await userEvent.click(first);
    await waitFor(() => expect(ownerCells()).toEqual(['Unassigned', 'Unassigned']));
  });
});

describe('AdminNodesTab search in the URL', () => {
  it('opens with the search a link carries (?q=) and asks the server for it', { timeout: 20_000 }, async () => {
    const filtered = {
      request: { query: AdminNodesDocument, variables: { first: 25, filter: { search: 'rig-n1' }, orderBy: null, userSearch: null } },
      result: { data: { ...LIST.result.data, nodes: { ...LIST.result.data.nodes, totalCount: 1, edges: [LIST.result.data.nodes.edges[0]] } } },
    };
    renderWithProviders(
      <MockedProvider mocks={[filtered]}>
        <AdminNodesTab />
      </MockedProvider>,
      { route: '/admin/nodes?q=rig-n1' },
    );
    expect((screen.getByRole('textbox', { name: 'Search name or gonka1… address' }) as HTMLInputElement).value).toBe('rig-n1');
    await waitFor(() => expect(ownerCells()).toEqual(['alice@example.com']));
  });
});
