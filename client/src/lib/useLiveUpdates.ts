import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { graphql } from '../gql';
import { useLiveConnection } from './live-connection';
import { useRefreshIntervalMs } from './refresh-interval';
import { type PollableQuery, useLivePolling } from './useLivePolling';

export const DashboardChangedSubscription = graphql(`
  subscription DashboardChanged {
    dashboardChanged {
      reason
      at
    }
  }
`);

// The node's status lands in the cache (Node:id) at once; the refetch brings the rest of the page.
export const NodeStatusChangedSubscription = graphql(`
  subscription NodeStatusChanged {
    nodeStatusChanged {
      node {
        id
        status
        statusReason
      }
      status
      previousStatus
      at
    }
  }
`);

/** One refresh publishes a status event per changed node and a dashboard signal: one refetch for all of them. */
export const SIGNAL_DEBOUNCE_MS = 300;
/** After a subscription failed (e.g. the server restarted), try again this much later. */
export const RESUBSCRIBE_MS = 10_000;

export type LiveMode = 'live' | 'polling';

/** What the hook needs from Apollo's client (a seam for tests): subscribe to a document, get signals. */
export interface SignalSource {
  subscribe(options: { query: typeof DashboardChangedSubscription | typeof NodeStatusChangedSubscription }): {
    subscribe(observer: { next(): void; error(): void; complete(): void }): { unsubscribe(): void };
  };
}

/**
 * Keeps a page's query current: refetches when the server signals a change (dashboardChanged, and
 * nodeStatusChanged with `nodeStatus`), and polls (useLivePolling, at the server's refresh period:
 * refresh-interval.ts) only while the live socket is not
 * connected. A signal in a hidden tab is kept and refetched on return; becoming live again refetches
 * again once (events may have been missed meanwhile). Returns `refresh` and the `mode` to show.
 */
export function useLiveUpdates(query: PollableQuery, options: { nodeStatus?: boolean; source?: SignalSource } = {}) {
  // Apollo's client is a SignalSource; `options.source` stands in for it in tests.
  const source = useApolloClient(options.source as unknown as ApolloClient | undefined) as unknown as SignalSource;
  const live = useLiveConnection() === 'live';
  const { refresh } = useLivePolling(query, useRefreshIntervalMs(), !live);
  const [attempt, setAttempt] = useState(0);
  const pending = useRef(false);
  const debounce = useRef<ReturnType<typeof setTimeout>>(undefined);

  const onSignal = useCallback(() => {
    if (document.visibilityState === 'hidden') {
      pending.current = true;
      return;
    }
    clearTimeout(debounce.current);
    debounce.current = setTimeout(refresh, SIGNAL_DEBOUNCE_MS);
  }, [refresh]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the trigger: a new one subscribes again after a failure.
  useEffect(() => {
    const documents = options.nodeStatus ? [DashboardChangedSubscription, NodeStatusChangedSubscription] : [DashboardChangedSubscription];
    let retry: ReturnType<typeof setTimeout> | undefined;
    const failed = () => {
      clearTimeout(retry);
      retry = setTimeout(() => setAttempt((n) => n + 1), RESUBSCRIBE_MS);
    };
    const subscriptions = documents.map((query) => source.subscribe({ query }).subscribe({ next: onSignal, error: failed, complete: failed }));
    const onVisible = () => {
      if (document.visibilityState === 'hidden' || !pending.current) return;
      pending.current = false;
      refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(retry);
      clearTimeout(debounce.current);
      document.removeEventListener('visibilitychange', onVisible);
      for (const s of subscriptions) s.unsubscribe();
    };
  }, [source, options.nodeStatus, onSignal, refresh, attempt]);

  // Only a *re*connection refetches: the first connect follows the page's own fetch.
  const seen = useRef({ live, everLive: live });
  useEffect(() => {
    if (live && !seen.current.live && seen.current.everLive) refresh();
    seen.current = { live, everLive: seen.current.everLive || live };
  }, [live, refresh]);

  return { refresh, mode: (live ? 'live' : 'polling') as LiveMode };
}
