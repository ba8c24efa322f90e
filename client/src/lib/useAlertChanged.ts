import { useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { graphql } from '../gql';
import { useLiveConnection } from './live-connection';

/** Polling while the live socket cannot deliver `alertChanged` (not connected, or the subscription failed). */
export const ALERTS_POLL_MS = 60_000;
/** After the subscription failed (e.g. the server restarted), subscribe again this much later. */
export const ALERTS_RESUBSCRIBE_MS = 10_000;
/** A refresh raises a burst of alerts (one event each): one re-read for all of them. */
export const ALERTS_DEBOUNCE_MS = 300;

export const AlertChangedSubscription = graphql(`
  subscription AlertChanged {
    alertChanged {
      id
      ...AlertItem_alert
    }
  }
`);

/** The part of Apollo's useQuery result this hook drives. */
export interface AlertsQuery {
  refetch(): Promise<unknown>;
  startPolling(intervalMs: number): void;
  stopPolling(): void;
}

/**
 * Keeps an alerts query current. A changed alert updates itself in the cache; a new one changes
 * counts and lists, so `alertChanged` re-reads the query (once per burst). While the socket is not
 * connected (it reconnects on its own) or the subscription failed, the query polls every 60 s;
 * becoming live again re-reads once, as events may have been missed. Components using it share
 * one subscription (Apollo deduplicates identical ones).
 */
export function useAlertChanged(query: AlertsQuery) {
  const latest = useRef(query);
  latest.current = query;
  const reread = useCallback(() => void latest.current.refetch().catch(() => undefined), []);
  const [failed, setFailed] = useState(false);
  const socket = useLiveConnection();
  const debounce = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(debounce.current), []);

  const { restart } = useSubscription(AlertChangedSubscription, {
    onData: () => {
      clearTimeout(debounce.current);
      debounce.current = setTimeout(reread, ALERTS_DEBOUNCE_MS);
    },
    onError: () => setFailed(true),
  });
  useEffect(() => {
    if (!failed) return;
    const retry = setTimeout(() => {
      setFailed(false);
      restart();
    }, ALERTS_RESUBSCRIBE_MS);
    return () => clearTimeout(retry);
  }, [failed, restart]);

  const live = socket === 'live' && !failed;
  const wasLive = useRef(live);
  useEffect(() => {
    if (live && !wasLive.current) reread();
    wasLive.current = live;
    if (live) return;
    latest.current.startPolling(ALERTS_POLL_MS);
    return () => latest.current.stopPolling();
  }, [live, reread]);
  return { live };
}
