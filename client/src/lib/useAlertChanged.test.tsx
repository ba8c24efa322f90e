import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { ReactNode } from 'react';
import { AlertChangedDocument } from '../gql/graphql';
import { liveConnection } from './live-connection';
import { ALERTS_POLL_MS, useAlertChanged } from './useAlertChanged';

function fakeQuery() {
  return { refetch: vi.fn(() => Promise.resolve()), startPolling: vi.fn(), stopPolling: vi.fn() };
}

// A subscription that stays open without an event (the socket is up, nothing happens).
const quiet = { request: { query: AlertChangedDocument }, result: { data: { alertChanged: null } }, delay: 600_000 };
const wrapper = ({ children }: { children: ReactNode }) => <MockedProvider mocks={[quiet]}>{children}</MockedProvider>;

afterEach(() => liveConnection.set('offline'));

describe('useAlertChanged', () => {
  it('polls every 60 s while the socket is not connected, stops once live and re-reads then', async () => {
    const query = fakeQuery();
    renderHook(() => useAlertChanged(query), { wrapper });
    expect(query.startPolling).toHaveBeenCalledWith(ALERTS_POLL_MS);
    expect(query.refetch).not.toHaveBeenCalled();

    act(() => liveConnection.set('live'));
    expect(query.stopPolling).toHaveBeenCalled();
    expect(query.refetch).toHaveBeenCalledTimes(1);

    act(() => liveConnection.set('connecting'));
    await waitFor(() => expect(query.startPolling).toHaveBeenCalledTimes(2));
  });

  it('does not poll when the socket is already live', () => {
    liveConnection.set('live');
    const query = fakeQuery();
    const { result } = renderHook(() => useAlertChanged(query), { wrapper });
    expect(result.current.live).toBe(true);
    expect(query.startPolling).not.toHaveBeenCalled();
  });
});
