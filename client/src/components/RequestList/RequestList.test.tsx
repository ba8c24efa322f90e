import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { makeFragmentData } from '../../gql';
import { renderWithProviders } from '../../test/render';
import { RequestList, RequestListFragment } from './RequestList';

const request = (id: string, assignee: { displayName: string | null } | null) =>
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
    },
    RequestListFragment,
  );

describe('RequestList', () => {
  it('names who handles a request by public name, a generic label without one, nothing while unassigned', () => {
    renderWithProviders(<RequestList requests={[request('r1', { displayName: 'Anna' }), request('r2', { displayName: null }), request('r3', null)]} />);
    const lines = screen.getAllByTestId('request-assignee').map((e) => e.textContent);
    expect(lines).toEqual(['Handled by: Anna', 'Handled by: a support engineer']);
  });
});
