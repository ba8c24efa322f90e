import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { makeFragmentData } from '../../gql';
import { renderWithProviders } from '../../test/render';
import { RequestList, RequestListFragment } from './RequestList';

const request = (id: string, assignee: { displayName: string | null } | null, nodes: { id: string; displayName: string | null; identifier: string }[] = []) =>
  makeFragmentData(
    {
      id,
      type: 'NEW_NODE',
      status: 'IN_PROGRESS',
      gpuType: 'H100',
      quantity: 1,
      budget: null,
      comments: null,
      adminNotes: null,
      createdAt: '2026-01-01T10:00:00Z',
      updatedAt: '2026-01-02T10:00:00Z',
      assignee,
      nodes,
      expectedEarnings: null,
    },
    RequestListFragment,
  );

describe('RequestList', () => {
  it('names who handles a request by public name, a generic label without one, nothing while unassigned', () => {
    renderWithProviders(<RequestList requests={[request('r1', { displayName: 'Anna' }), request('r2', { displayName: null }), request('r3', null)]} />);
    const lines = screen.getAllByTestId('request-assignee').map((e) => e.textContent);
    expect(lines).toEqual(['Handled by: Anna', 'Handled by: a support engineer']);
  });

  it('links a completed request to the nodes it produced', () => {
    const nodes = [
      { id: 'n1', displayName: 'rig-01', identifier: 'gonka1aaaaaaaaaaaaaaaaaaaa' },
      { id: 'n2', displayName: null, identifier: 'gonka1bbbbbbbbbbbbbbbbbbbbbbbbb' },
    ];
    renderWithProviders(<RequestList requests={[request('r1', null, nodes), request('r2', null)]} />);
    const links = screen.getAllByTestId('request-nodes');
    expect(links).toHaveLength(1);
    expect(links[0].textContent).toMatch(/^Nodes delivered: rig-01, /);
    expect(screen.getByRole('link', { name: 'rig-01' }).getAttribute('href')).toBe('/nodes/n1');
  });
});
