import { afterEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApolloClient, ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { of } from 'rxjs';
import { useLocation, useNavigate } from 'react-router';
import { createCache } from '../../app/apollo';
import { renderWithProviders } from '../../test/render';
import { AdminNodesTab } from './AdminNodesTab';

// Admin → Nodes keeps its filters, sort and page in the URL like My nodes (issue 15, defect 6).
const TOTAL = 60;
const SLOW = { timeout: 5000 };
let sent: Record<string, unknown>[] = [];
afterEach(() => {
  sent = [];
});

const node = (i: number) => ({
  __typename: 'Node',
  id: `n${i}`,
  displayName: `Rig ${i}`,
  identifier: `gonka1node${i}`,
  identifierType: 'WALLET',
  owner: null,
  status: 'HEALTHY',
  statusReason: 'healthy',
  statusRule: null,
  statusDetails: null,
});

/** Answers AdminNodes with rows numbered from the `after` cursor and records the variables it was sent. */
const link = new ApolloLink((operation) => {
  sent.push(operation.variables);
  const { first, after } = operation.variables as { first: number; after?: string | null };
  const from = after ? Number(after) : 0;
  const to = Math.min(TOTAL, from + first);
  const edges = Array.from({ length: to - from }, (_, k) => ({ __typename: 'NodeEdge', node: node(from + k + 1) }));
  const pageInfo = { __typename: 'PageInfo', hasNextPage: to < TOTAL, endCursor: String(to) };
  const users = { __typename: 'UserConnection', nodes: [] };
  return of({ data: { nodes: { __typename: 'NodeConnection', totalCount: TOTAL, pageInfo, edges }, users } });
});

function Location() {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <>
      <output data-testid="location">{location.search}</output>
      <button type="button" onClick={() => navigate(-1)}>
        back
      </button>
    </>
  );
}

function renderAt(route: string) {
  const client = new ApolloClient({ link, cache: createCache() });
  return renderWithProviders(
    <ApolloProvider client={client}>
      <AdminNodesTab />
      <Location />
    </ApolloProvider>,
    { route },
  );
}

const search = () => new URLSearchParams(screen.getByTestId('location').textContent ?? '');
const rows = () =>
  within(screen.getByTestId('admin-nodes'))
    .getAllByRole('link')
    .map((a) => a.textContent);

describe('AdminNodesTab URL state', () => {
  it('sends the filters, sort and page from the URL with the query', { timeout: 20_000 }, async () => {
    renderAt('/admin/nodes?q=rig&status=JAILED,OFFLINE&gpu=H100&sort=NAME&page=2');
    await screen.findAllByText('Rig 26', undefined, SLOW);
    expect(sent[0]).toEqual({
      first: 50,
      filter: { search: 'rig', gpuType: 'H100', status: ['JAILED', 'OFFLINE'] },
      orderBy: { field: 'NAME', direction: 'ASC' },
      userSearch: null,
    });
    expect(rows()[0]).toBe('Rig 26');
    expect(screen.queryAllByText('Rig 25')).toHaveLength(0);
    expect((screen.getByRole('textbox', { name: 'Search name or gonka1… address' }) as HTMLInputElement).value).toBe('rig');
    expect((screen.getByLabelText('Sort by', { selector: 'input' }) as HTMLInputElement).value).toBe('Name');
  });

  it('ignores values it does not know and falls back to the defaults', { timeout: 20_000 }, async () => {
    renderAt('/admin/nodes?status=BOGUS,HEALTHY&sort=sideways&page=abc');
    await screen.findAllByText('Rig 1', undefined, SLOW);
    expect(sent[0]).toEqual({ first: 25, filter: { status: ['HEALTHY'] }, orderBy: null, userSearch: null });
  });

  it('writes sort and page changes to the URL, and back restores them', { timeout: 20_000 }, async () => {
    renderAt('/admin/nodes');
    await screen.findAllByText('Rig 1', undefined, SLOW);
    fireEvent.click(screen.getByRole('button', { name: 'Page 3' }));
    await screen.findAllByText('Rig 51', undefined, SLOW);
    expect(search().get('page')).toBe('3');

    await userEvent.click(screen.getByLabelText('Sort by', { selector: 'input' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Status', hidden: true }));
    await waitFor(() => expect(search().get('sort')).toBe('STATUS'), SLOW);
    expect(search().get('page')).toBeNull(); // a new order starts at the first page
    await waitFor(() => expect(sent.at(-1)).toMatchObject({ first: 25, orderBy: { field: 'STATUS', direction: 'ASC' } }), SLOW);

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'back' })));
    await waitFor(() => expect(search().get('page')).toBe('3'), SLOW);
    expect(search().get('sort')).toBeNull();
    await screen.findAllByText('Rig 51', undefined, SLOW);
  });
});
