import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { OperationTypeNode } from 'graphql';
import { Observable } from 'rxjs';
import { createLiveLink } from './live-link';
import { hasCode } from '../lib/errors';
import { session } from '../session/tokens';

const AUTH_OPERATIONS = new Set(['Login', 'Register', 'RefreshSession']);

/** Adds the in-memory access token to every request. */
const authLink = new SetContextLink((prev) => {
  const token = session.accessToken;
  return token ? { headers: { ...prev.headers, authorization: `Bearer ${token}` } } : {};
});

/**
 * UNAUTHENTICATED → refresh the session once and replay the operation. A failed refresh has already
 * signed out where it should (a rejected token ends the session in every tab); a network failure or
 * a sign-in changed in another tab must not wipe the stored session, so no clear here.
 */
const refreshLink = new ErrorLink(({ error, operation, forward }) => {
  if (!hasCode(error, 'UNAUTHENTICATED') || AUTH_OPERATIONS.has(operation.operationName ?? '') || !session.hasRefreshToken) return;
  return new Observable<ApolloLink.Result>((observer) => {
    let sub: { unsubscribe(): void } | undefined;
    session.refresh().then((ok) => {
      if (!ok) {
        observer.error(error);
        return;
      }
      const token = session.accessToken;
      operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
        headers: { ...headers, authorization: `Bearer ${token}` },
      }));
      sub = forward(operation).subscribe(observer);
    });
    return () => sub?.unsubscribe();
  });
});

/** Connection lists merge page by page; each filter combination is its own list. */
export function createCache() {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          myNodes: relayStylePagination(['filter', 'orderBy']),
          nodes: relayStylePagination(['filter', 'orderBy']),
          users: relayStylePagination(['search']),
          mySupportRequests: relayStylePagination(['status']),
          supportRequests: relayStylePagination(['status']),
          // `first` is a key too: the bell's latest few and the Alerts page's pages are separate lists.
          alerts: relayStylePagination(['state', 'nodeId', 'first']),
          failedDeliveries: relayStylePagination(),
        },
      },
      // A node's settled epochs: "Load more" appends the next page.
      Node: { fields: { epochs: relayStylePagination(), alerts: relayStylePagination() } },
      NotificationPreferences: { merge: true },
      NodeHardware: { merge: true },
    },
  });
}

/**
 * Subscriptions go over the live socket (live-link.ts: its own token handling, in connectionParams);
 * queries and mutations over HTTP with the bearer header and the refresh-and-replay above.
 */
export function createApolloClient() {
  const http = ApolloLink.from([refreshLink, authLink, new HttpLink({ uri: '/graphql' })]);
  return new ApolloClient({
    link: ApolloLink.split((operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION, createLiveLink(), http),
    cache: createCache(),
  });
}
