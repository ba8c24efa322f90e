import { useQuery } from '@apollo/client/react';
import { useEffect, useSyncExternalStore } from 'react';
import { graphql } from '../gql';
import { DATA_REFRESH_MS } from './useLivePolling';

/**
 * How often pages poll: the server's configured refresh period (ServerInfo.cacheTtlSeconds,
 * CACHE_TTL_SECONDS) — polling faster only re-reads the same cache, slower shows older data than
 * the server has. Until the server has said (or if it cannot), DATA_REFRESH_MS, its default.
 */
const RefreshIntervalQuery = graphql(`
  query RefreshInterval {
    serverInfo {
      cacheTtlSeconds
    }
  }
`);

let intervalMs = DATA_REFRESH_MS;
const listeners = new Set<() => void>();

/** The polling interval for a TTL in seconds; the default for a missing or nonsensical one. */
export function refreshIntervalFor(ttlSeconds: number | null | undefined): number {
  return ttlSeconds != null && Number.isFinite(ttlSeconds) && ttlSeconds > 0 ? ttlSeconds * 1000 : DATA_REFRESH_MS;
}

export function setServerCacheTtl(ttlSeconds: number | null | undefined): void {
  const next = refreshIntervalFor(ttlSeconds);
  if (next === intervalMs) return;
  intervalMs = next;
  for (const l of listeners) l();
}

/** The current polling interval (ms); re-renders when the server's TTL arrives. */
export function useRefreshIntervalMs(): number {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    () => intervalMs,
  );
}

/** Reads the server's TTL once for the whole app (the layout calls it). */
export function useServerRefreshInterval(): void {
  const { data } = useQuery(RefreshIntervalQuery);
  const ttl = data?.serverInfo.cacheTtlSeconds;
  useEffect(() => {
    if (ttl != null) setServerCacheTtl(ttl);
  }, [ttl]);
}
