import { useCallback, useEffect, useRef } from 'react';

/**
 * The server's default cache TTL (CACHE_TTL_SECONDS, 120 s): how often pages re-read live data until
 * the server has told its configured one (ServerInfo.cacheTtlSeconds, see refresh-interval.ts).
 */
export const DATA_REFRESH_MS = 120_000;

/** The part of Apollo's useQuery result this hook drives. */
export interface PollableQuery {
  startPolling(intervalMs: number): void;
  stopPolling(): void;
  refetch(): unknown;
}

/**
 * Polls a query while the tab is visible and `enabled` (useLiveUpdates turns it off while the live
 * socket is connected). Hidden tabs stop polling; on return the query is refetched at once if its
 * data is older than the interval, then polled again. Returns `refresh` for a manual "refresh now".
 */
export function useLivePolling(query: PollableQuery, intervalMs: number = DATA_REFRESH_MS, enabled = true) {
  // The latest functions, without restarting the effect (useQuery returns new ones per render).
  const latest = useRef(query);
  latest.current = query;
  const fetchedAt = useRef(Date.now());

  const refetchNow = useCallback(() => {
    fetchedAt.current = Date.now();
    // A failed refetch shows through the query's own error state: nothing to do here.
    Promise.resolve(latest.current.refetch()).catch(() => undefined);
  }, []);

  useEffect(() => {
    if (!enabled) return;
    let pollingSince: number | null = null;
    // Apollo polls at pollingSince + k·interval (k ≥ 1): the newest of those, or the last refetch.
    const lastFetch = () => {
      if (pollingSince === null) return fetchedAt.current;
      const polls = Math.floor((Date.now() - pollingSince) / intervalMs);
      return polls > 0 ? Math.max(fetchedAt.current, pollingSince + polls * intervalMs) : fetchedAt.current;
    };
    const start = () => {
      pollingSince = Date.now();
      latest.current.startPolling(intervalMs);
    };
    const onVisibilityChange = () => {
      if (document.visibilityState === 'hidden') {
        fetchedAt.current = lastFetch();
        pollingSince = null;
        latest.current.stopPolling();
        return;
      }
      if (pollingSince !== null) return;
      if (Date.now() - lastFetch() >= intervalMs) refetchNow();
      start();
    };
    if (document.visibilityState !== 'hidden') start();
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      document.removeEventListener('visibilitychange', onVisibilityChange);
      latest.current.stopPolling();
    };
  }, [intervalMs, refetchNow, enabled]);

  return { refresh: refetchNow };
}
