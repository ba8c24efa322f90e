import { afterEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { ApolloClient, ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { of } from 'rxjs';
import { useLocation, useNavigate } from 'react-router';
import { createCache } from '../../app/apollo';
import { renderWithProviders } from '../../test/render';
import NodesPage from './NodesPage';

const TOTAL = 25;
// A loaded machine (tests run in parallel) can take longer than the default second to render.
const SLOW = { timeout: 5000 };
let sent: Record<string, unknown>[] = [];
afterEach(() => {
  sent = [];
});

function fakeNode(i: number) {
  return {
    __typename: 'Node',
    id: `n${i}`,
    displayName: `Rig ${i}`,
    identifier: `gonka1node${i}`,
    gpuType: null,
    hardware: null,
    tokensPerSec: null,
    jobsDay: null,
    earningsDay: null,
    earningsTotal: null,
    uptimePercent: null,
    uptimeObservedSince: null,
    status: 'HEALTHY',
    statusReason: null,
    statsFetchedAt: new Date().toISOString(),
    statsStale: false,
  };
}

/** Answers NodesPage with rows numbered from the `after` cursor and records the variables it was sent. */
const link = new ApolloLink((operation) => {
  sent.push(operation.variables);
  const { first, after } = operation.variables as { first: number; after?: string | null };
  const from = after ? Number(after) : 0;
  const to = Math.min(TOTAL, from + first);
  const edges = Array.from({ length: to - from }, (_, k) => ({ __typename: 'NodeEdge', node: fakeNode(from + k + 1) }));
  const pageInfo = { __typename: 'PageInfo', hasNextPage: to < TOTAL, endCursor: String(to) };
  return of({ data: { myNodes: { __typename: 'NodeConnection', totalCount: TOTAL, pageInfo, edges } } });
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
      <NodesPage />
      <Location />
    </ApolloProvider>,
    { route },
  );
}

const search = () => new URLSearchParams(screen.getByTestId('location').textContent ?? '');

describe('NodesPage URL state', () => {
  it('sends the filters, sort and page from the URL with the query', async () => {
    renderAt('/nodes?q=rig&status=JAILED,HEALTHY&gpu=H100&sort=EARNINGS_TOTAL&page=2');
    await screen.findAllByText('Rig 11', undefined, SLOW);
    expect(sent[0]).toEqual({
      first: 20,
      filter: { search: 'rig', gpuType: 'H100', status: ['JAILED', 'HEALTHY'] },
      orderBy: { field: 'EARNINGS_TOTAL', direction: 'DESC' },
    });
    expect(screen.queryAllByText('Rig 10')).toHaveLength(0);
    expect((screen.getByRole('textbox', { name: 'Search name or gonka1… address' }) as HTMLInputElement).value).toBe('rig');
  });

  it('ignores values it does not know and falls back to the defaults', async () => {
    renderAt('/nodes?status=BOGUS,HEALTHY,HEALTHY&sort=sideways&page=-3&gpu=');
    await screen.findAllByText('Rig 1', undefined, SLOW);
    expect(sent[0]).toEqual({ first: 10, filter: { status: ['HEALTHY'] }, orderBy: null });
  });

  it('writes filter and page changes to the URL, and back restores them', { timeout: 20_000 }, async () => {
    renderAt('/nodes');
    await screen.findAllByText('Rig 1', undefined, SLOW);
    fireEvent.click(screen.getByRole('button', { name: 'Page 2' }));
    await screen.findAllByText('Rig 11', undefined, SLOW);
    expect(search().get('page')).toBe('2');
    fireEvent.change(screen.getByRole('textbox', { name: 'Search name or gonka1… address' }), { target: { value: 'rig' } });
    await waitFor(() => expect(search().get('q')).toBe('rig'), SLOW);
    expect(search().get('page')).toBeNull(); // a new filter starts at the first page
    expect(sent.at(-1)).toMatchObject({ first: 10, filter: { search: 'rig' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'back' })));
    await waitFor(() => expect(search().get('page')).toBe('2'), SLOW);
    expect((screen.getByRole('textbox', { name: 'Search name or gonka1… address' }) as HTMLInputElement).value).toBe('');
  });
});
