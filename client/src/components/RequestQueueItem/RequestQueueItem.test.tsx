import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '../../gql';
import { renderWithProviders } from '../../test/render';
import { RequestQueueItem, RequestQueueItemFragment } from './RequestQueueItem';

const request = (status: 'PENDING' | 'COMPLETED') =>
  makeFragmentData(
    {
      id: 'r1',
      type: 'NEW_NODE',
      status,
      gpuType: 'H100 80GB',
      quantity: 2,
      budget: null,
      comments: 'asap',
      adminNotes: null,
      createdAt: '2026-01-01T10:00:00Z',
      user: { id: 'u1', email: 'c@x.io' },
      assignedTo: null,
    },
    RequestQueueItemFragment,
  );

describe('RequestQueueItem', () => {
  it('offers only the allowed transitions and sends the chosen one', async () => {
    const onUpdate = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(<RequestQueueItem request={request('PENDING')} currentUserId="a1" onUpdate={onUpdate} />);
    expect(screen.queryByTestId('move-COMPLETED')).toBeNull();
    await userEvent.click(screen.getByTestId('move-IN_PROGRESS'));
    await waitFor(() => expect(onUpdate).toHaveBeenCalledWith('r1', { status: 'IN_PROGRESS' }));
  });

  it('saves notes and assigns to the current admin', async () => {
    const onUpdate = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(<RequestQueueItem request={request('PENDING')} currentUserId="a1" onUpdate={onUpdate} />);
    await userEvent.type(screen.getByLabelText('Support notes'), 'VM ordered');
    await userEvent.click(screen.getByRole('button', { name: 'Save notes' }));
    await userEvent.click(screen.getByRole('button', { name: 'Assign to me' }));
    expect(onUpdate).toHaveBeenCalledWith('r1', { adminNotes: 'VM ordered' });
    expect(onUpdate).toHaveBeenCalledWith('r1', { assignedToId: 'a1' });
  });

  it('has no actions for a finished request', () => {
    renderWithProviders(<RequestQueueItem request={request('COMPLETED')} currentUserId="a1" onUpdate={vi.fn()} />);
    expect(screen.queryByRole('button', { name: /Move to/ })).toBeNull();
  });
});
