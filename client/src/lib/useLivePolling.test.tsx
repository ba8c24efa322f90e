import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { DATA_REFRESH_MS, useLivePolling } from './useLivePolling';

let visibility: DocumentVisibilityState = 'visible';

function setVisibility(next: DocumentVisibilityState) {
  visibility = next;
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

/** Stands in for an Apollo query: startPolling fetches every ms like ObservableQuery does. */
function fakeQuery() {
  let timer: ReturnType<typeof setInterval> | undefined;
  const refetch = vi.fn(() => Promise.resolve());
  const query = {
    refetch,
    startPolling: vi.fn((ms: number) => {
      clearInterval(timer);
      timer = setInterval(refetch, ms);
    }),
    stopPolling: vi.fn(() => clearInterval(timer)),
  };
  return query;
}

beforeEach(() => {
  vi.useFakeTimers();
  visibility = 'visible';
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
});
afterEach(() => vi.useRealTimers());

describe('useLivePolling', () => {
  it('polls at the interval while the tab is visible and stops when unmounted', () => {
    const q = fakeQuery();
    const { unmount } = renderHook(() => useLivePolling(q, 1000));
    expect(q.startPolling).toHaveBeenCalledWith(1000);
    vi.advanceTimersByTime(3500);
    expect(q.refetch).toHaveBeenCalledTimes(3);
    unmount();
    vi.advanceTimersByTime(5000);
    expect(q.refetch).toHaveBeenCalledTimes(3);
  });

  it('stops while hidden; on return refetches once only if the data is older than the interval', () => {
    const q = fakeQuery();
    renderHook(() => useLivePolling(q, 1000));
    vi.advanceTimersByTime(1200); // one poll, at 1000
    setVisibility('hidden');
    expect(q.stopPolling).toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    setVisibility('visible'); // data from 1000, now 1700: still fresh
    expect(q.refetch).toHaveBeenCalledTimes(1);
    setVisibility('hidden');
    vi.advanceTimersByTime(10_000);
    expect(q.refetch).toHaveBeenCalledTimes(1);
    setVisibility('visible');
    expect(q.refetch).toHaveBeenCalledTimes(2);
    expect(q.startPolling).toHaveBeenCalledTimes(3);
    vi.advanceTimersByTime(1000);
    expect(q.refetch).toHaveBeenCalledTimes(3);
  });

  it('does not poll a page opened in a background tab until it is shown', () => {
    visibility = 'hidden';
    const q = fakeQuery();
    renderHook(() => useLivePolling(q, 1000));
    expect(q.startPolling).not.toHaveBeenCalled();
    vi.advanceTimersByTime(5000);
    expect(q.refetch).not.toHaveBeenCalled();
    setVisibility('visible');
    expect(q.refetch).toHaveBeenCalledTimes(1);
    expect(q.startPolling).toHaveBeenCalledWith(1000);
  });

  it('refresh() refetches now; the default interval is the server cache TTL', () => {
    const q = fakeQuery();
    const { result } = renderHook(() => useLivePolling(q));
    expect(q.startPolling).toHaveBeenCalledWith(DATA_REFRESH_MS);
    expect(DATA_REFRESH_MS).toBe(120_000);
    act(() => result.current.refresh());
    expect(q.refetch).toHaveBeenCalledTimes(1);
  });
});
