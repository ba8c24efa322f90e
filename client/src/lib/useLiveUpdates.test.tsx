import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { liveConnection } from './live-connection';
import { RESUBSCRIBE_MS, SIGNAL_DEBOUNCE_MS, type SignalSource, useLiveUpdates } from './useLiveUpdates';
import { DATA_REFRESH_MS } from './useLivePolling';

let visibility: DocumentVisibilityState = 'visible';
const setVisibility = (next: DocumentVisibilityState) => {
  visibility = next;
  act(() => void document.dispatchEvent(new Event('visibilitychange')));
};
const setLive = (state: 'live' | 'offline' | 'connecting') => act(() => liveConnection.set(state));

/** An Apollo query: startPolling refetches every ms like ObservableQuery does. */
function fakeQuery() {
  let timer: ReturnType<typeof setInterval> | undefined;
  const refetch = vi.fn(() => Promise.resolve());
  return {
    refetch,
    startPolling: vi.fn((ms: number) => {
      clearInterval(timer);
      timer = setInterval(refetch, ms);
    }),
    stopPolling: vi.fn(() => clearInterval(timer)),
  };
}

/** The server's side of the subscriptions: `signal()` pushes an event to every open one, `fail()` errors them. */
function fakeSource() {
  const observers = new Set<{ next(): void; error(): void }>();
  const source: SignalSource & { opened: number } = {
    opened: 0,
    subscribe: () => ({
      subscribe(observer) {
        source.opened++;
        observers.add(observer);
        return { unsubscribe: () => void observers.delete(observer) };
      },
    }),
  };
  const each = (f: (o: { next(): void; error(): void }) => void) => act(() => [...observers].forEach(f));
  return { source, open: () => observers.size, signal: () => each((o) => o.next()), fail: () => each((o) => o.error()) };
}

beforeEach(() => {
  vi.useFakeTimers();
  visibility = 'visible';
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  liveConnection.set('offline');
});
afterEach(() => vi.useRealTimers());

describe('useLiveUpdates', () => {
  it('polls while the socket is not connected and stops polling once it is live', () => {
    const q = fakeQuery();
    const s = fakeSource();
    const { result } = renderHook(() => useLiveUpdates(q, { source: s.source }));
    expect(result.current.mode).toBe('polling');
    expect(q.startPolling).toHaveBeenCalledWith(DATA_REFRESH_MS);
    setLive('live');
    expect(result.current.mode).toBe('live');
    expect(q.stopPolling).toHaveBeenCalled();
    vi.advanceTimersByTime(DATA_REFRESH_MS * 3);
    expect(q.refetch).not.toHaveBeenCalled();
  });

  it('refetches once per burst of signals while live', () => {
    const q = fakeQuery();
    const s = fakeSource();
    setLive('live');
    renderHook(() => useLiveUpdates(q, { nodeStatus: true, source: s.source }));
    expect(s.open()).toBe(2); // dashboardChanged and nodeStatusChanged
    s.signal();
    s.signal();
    vi.advanceTimersByTime(SIGNAL_DEBOUNCE_MS);
    expect(q.refetch).toHaveBeenCalledTimes(1);
  });

  it('falls back to polling when the socket drops, and refetches once when it is back', () => {
    const q = fakeQuery();
    const s = fakeSource();
    setLive('live');
    const { result } = renderHook(() => useLiveUpdates(q, { source: s.source }));
    setLive('offline');
    expect(result.current.mode).toBe('polling');
    vi.advanceTimersByTime(DATA_REFRESH_MS);
    expect(q.refetch).toHaveBeenCalledTimes(1); // one poll while offline
    setLive('connecting');
    setLive('live');
    expect(q.refetch).toHaveBeenCalledTimes(2); // events may have been missed while offline
    vi.advanceTimersByTime(DATA_REFRESH_MS * 2);
    expect(q.refetch).toHaveBeenCalledTimes(2);
  });

  it('does not refetch on the first connect (the page has just fetched)', () => {
    const q = fakeQuery();
    const s = fakeSource();
    renderHook(() => useLiveUpdates(q, { source: s.source }));
    setLive('connecting');
    setLive('live');
    expect(q.refetch).not.toHaveBeenCalled();
  });

  it('keeps a signal that arrives in a hidden tab and refetches on return', () => {
    const q = fakeQuery();
    const s = fakeSource();
    setLive('live');
    renderHook(() => useLiveUpdates(q, { source: s.source }));
    setVisibility('hidden');
    s.signal();
    vi.advanceTimersByTime(SIGNAL_DEBOUNCE_MS * 10);
    expect(q.refetch).not.toHaveBeenCalled();
    setVisibility('visible');
    expect(q.refetch).toHaveBeenCalledTimes(1);
  });

  it('subscribes again some time after a subscription failed, and unsubscribes on unmount', () => {
    const q = fakeQuery();
    const s = fakeSource();
    const { unmount } = renderHook(() => useLiveUpdates(q, { source: s.source }));
    expect(s.source.opened).toBe(1);
    s.fail();
    act(() => void vi.advanceTimersByTime(RESUBSCRIBE_MS));
    expect(s.source.opened).toBe(2);
    unmount();
    expect(s.open()).toBe(0);
  });
});
