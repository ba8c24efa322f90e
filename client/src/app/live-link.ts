import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient, type Client } from 'graphql-ws';
import { liveConnection } from '../lib/live-connection';
import { session } from '../session/tokens';

/** Close codes the server uses (server/src/graphql/live/live-socket-auth.ts). */
const UNAUTHORIZED = 4401;
// Refresh a little before the token's expiry: the server closes the socket at `exp` exactly.
const EXPIRY_MARGIN_MS = 15_000;
const MAX_RETRY_WAIT_MS = 30_000;

/** The access token's `exp` (ms), read without verifying: only to know when to refresh it. */
export function expiresAt(token: string): number {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number };
    return (payload.exp ?? 0) * 1000;
  } catch {
    return 0;
  }
}

/** The current access token, refreshed first when it is about to expire (the same single-flight refresh HTTP uses). */
export async function freshToken(): Promise<string | null> {
  const token = session.accessToken;
  if (token && expiresAt(token) - Date.now() > EXPIRY_MARGIN_MS) return token;
  if (session.hasRefreshToken && (await session.refresh())) return session.accessToken;
  return token;
}

/** `/graphql` on this page's origin, with the WebSocket scheme. */
function liveUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
}

/**
 * The live socket (graphql-ws), shared by every subscription of the tab. Lazy: opened by the first
 * subscription, closed after the last. Retries forever with capped exponential backoff while
 * signed in — pages poll meanwhile (useLiveUpdates); connectionParams are read at every (re)connect,
 * so a reconnect after the server's 4401 (token expired) presents a refreshed token.
 */
export function createLiveClient(): Client {
  let closedWith: number | undefined;
  const client = createClient({
    url: liveUrl,
    lazy: true,
    lazyCloseTimeout: 3000,
    retryAttempts: Number.POSITIVE_INFINITY,
    // Every close is worth a retry while signed in: 4401 means "come back with a fresh token".
    shouldRetry: () => session.user !== null,
    retryWait: async (retries) => {
      // After 4401 the fresh token is at hand at once; otherwise back off, with jitter so tabs spread out.
      if (closedWith === UNAUTHORIZED && retries === 0) return;
      const wait = Math.min(MAX_RETRY_WAIT_MS, 1000 * 2 ** retries);
      await new Promise((resolve) => setTimeout(resolve, wait / 2 + Math.random() * (wait / 2)));
    },
    connectionParams: async () => {
      const token = await freshToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    on: {
      connecting: () => liveConnection.set('connecting'),
      connected: () => liveConnection.set('live'),
      closed: (event) => {
        closedWith = (event as { code?: number } | undefined)?.code;
        liveConnection.set('offline');
      },
    },
  });
  // Another account signed in (or out) in this tab: the socket's user is the old one.
  let userId = session.user?.id ?? null;
  session.subscribe((user) => {
    if ((user?.id ?? null) === userId) return;
    userId = user?.id ?? null;
    client.terminate();
  });
  return client;
}

export function createLiveLink(): GraphQLWsLink {
  return new GraphQLWsLink(createLiveClient());
}
