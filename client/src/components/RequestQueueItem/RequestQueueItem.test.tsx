import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '../../gql';
import { FiatAmountFragment } from '../FiatAmount/FiatAmount';
import { changeLanguage } from '../../i18n';
import { renderWithProviders } from '../../test/render';
import { ExpectedEarningsFiguresFragment } from '../ExpectedEarnings/ExpectedEarningsFigures';
import { RequestQueueItem, RequestQueueItemFragment } from './RequestQueueItem';

/** What the customer was shown when asking, as the request keeps it. */
const shown = makeFragmentData(
  {
    quantity: 2,
    perEpoch: '308.641972530',
    perDay: '322.061188727',
    // Its values at today's price in the viewer's currency: the admin's preference is GNK here (no value beside).
    perEpochValue: makeFragmentData(
      { amount: '308.641972530', currency: 'GNK', price: '1', priceAt: '2026-01-01T09:58:00Z', stale: false },
      FiatAmountFragment,
    ),
    perDayValue: makeFragmentData({ amount: '322.061188727', currency: 'GNK', price: '1', priceAt: '2026-01-01T09:58:00Z', stale: false }, FiatAmountFragment),
    computedAt: '2026-01-01T09:58:00Z',
    basis: { gpuModel: 'H100', medianPerGpu: '154.320986265', epochs: 7, fromEpoch: 98, toEpoch: 104, networkNodes: 41 },
  },
  ExpectedEarningsFiguresFragment,
);

const request = (status: 'PENDING' | 'COMPLETED', over: { type?: 'NEW_NODE' | 'SUPPORT'; expectedEarnings?: typeof shown | null } = {}) =>
  makeFragmentData(
    {
      id: 'r1',
      type: over.type ?? 'NEW_NODE',
      status,
      gpuType: 'H100 80GB',
      quantity: 2,
      budget: null,
      comments: 'asap',
      adminNotes: null,
      createdAt: '2026-01-01T10:00:00Z',
      user: { id: 'u1', email: 'c@x.io' },
      assignedTo: null,
      nodes: [] as { id: string; displayName: string | null; identifier: string }[],
      expectedEarnings: over.expectedEarnings ?? null,
    },
    RequestQueueItemFragment,
  );

describe('RequestQueueItem', () => {
  afterEach(() => changeLanguage('en'));

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

  it('shows support the expectation the customer was shown, dated; "—" when none was; nothing on a support ticket (EN and RU)', async () => {
    const { unmount } = renderWithProviders(
      <RequestQueueItem request={request('PENDING', { expectedEarnings: shown })} currentUserId="a1" onUpdate={vi.fn()} />,
    );
    expect(screen.getByTestId('expected-earnings').textContent).toContain(
      'Expected earnings shown to the customer: 308.64 GNK per epoch · ≈ 322.06 GNK per day',
    );
    expect(screen.getByTestId('expected-basis').textContent).toContain('Network median 154.32 GNK per H100 GPU × 2, over 7 settled epochs (98–104)');
    expect(screen.getByTestId('expected-basis').textContent).toContain('As shown on January 1, 2026');
    await changeLanguage('ru');
    expect(screen.getByTestId('expected-earnings').textContent).toMatch(/^Ожидаемый доход, показанный клиенту: 308,64 GNK за эпоху · ≈ 322,06 GNK в день/);
    expect(screen.getByTestId('expected-basis').textContent).toContain('Как показано');
    unmount();
    const none = renderWithProviders(<RequestQueueItem request={request('PENDING')} currentUserId="a1" onUpdate={vi.fn()} />);
    expect(screen.getByTestId('expected-earnings').textContent).toBe('Ожидаемый доход, показанный клиенту: —');
    await changeLanguage('en');
    expect(screen.getByTestId('expected-earnings').textContent).toBe('Expected earnings shown to the customer: —');
    none.unmount();
    renderWithProviders(<RequestQueueItem request={request('PENDING', { type: 'SUPPORT' })} currentUserId="a1" onUpdate={vi.fn()} />);
    expect(screen.queryByTestId('expected-earnings')).toBeNull();
  });
});
