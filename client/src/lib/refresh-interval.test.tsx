import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { refreshIntervalFor, setServerCacheTtl } from './refresh-interval';
import { DATA_REFRESH_MS } from './useLivePolling';
import { useLiveUpdates, type SignalSource } from './useLiveUpdates';

const silent: SignalSource = { subscribe: () => ({ subscribe: () => ({ unsubscribe() {} }) }) };
const query = () => ({ refetch: vi.fn(), startPolling: vi.fn(), stopPolling: vi.fn() });

afterEach(() => setServerCacheTtl(null));

describe('refresh interval', () => {
  it('is the server’s TTL, or the default when the server did not say', () => {
    expect(refreshIntervalFor(60)).toBe(60_000);
    expect(refreshIntervalFor(null)).toBe(DATA_REFRESH_MS);
    expect(refreshIntervalFor(0)).toBe(DATA_REFRESH_MS);
  });

  it('pages poll at the server’s TTL once it is known', () => {
    const q = query();
    renderHook(() => useLiveUpdates(q, { source: silent }));
    expect(q.startPolling).toHaveBeenLastCalledWith(DATA_REFRESH_MS);
    act(() => setServerCacheTtl(60));
    expect(q.startPolling).toHaveBeenLastCalledWith(60_000);
  });
});
