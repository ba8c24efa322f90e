import { print } from 'graphql';
import { graphql, useFragment as unmask, type FragmentType } from '../gql';
import type { SessionUserFragment } from '../gql/graphql';

/**
 * The session: the access token lives only in memory (not readable by other tabs or after a
 * reload), the refresh token in localStorage so a reload can resume the sign-in.
 */
const REFRESH_KEY = 'minegnk.refreshToken';

export const SessionUserFields = graphql(`
  fragment SessionUser on User {
    id
    email
    role
  }
`);

export const RefreshSessionMutation = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshToken(refreshToken: $refreshToken) {
      accessToken
      refreshToken
      user {
        ...SessionUser
      }
    }
  }
`);

export type SessionUser = SessionUserFragment;
type Listener = (user: SessionUser | null) => void;

let accessToken: string | null = null;
let currentUser: SessionUser | null = null;
let refreshing: Promise<boolean> | null = null;
const listeners = new Set<Listener>();

export const session = {
  get accessToken() {
    return accessToken;
  },
  get user() {
    return currentUser;
  },
  get hasRefreshToken() {
    return localStorage.getItem(REFRESH_KEY) !== null;
  },
  get refreshTokenValue() {
    return localStorage.getItem(REFRESH_KEY);
  },
  /** Stores a fresh pair from login/register/refresh and tells the UI who is signed in. */
  start(tokens: { accessToken: string; refreshToken: string }, userRef: FragmentType<typeof SessionUserFields>) {
    const user = unmask(SessionUserFields, userRef);
    accessToken = tokens.accessToken;
    localStorage.setItem(REFRESH_KEY, tokens.refreshToken);
    currentUser = user;
    for (const l of listeners) l(user);
  },
  clear() {
    accessToken = null;
    currentUser = null;
    localStorage.removeItem(REFRESH_KEY);
    for (const l of listeners) l(null);
  },
  subscribe(listener: Listener) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
  /**
   * Swaps the refresh token for a new pair. Single-flight: refresh tokens are single-use, and a
   * second concurrent use would end the whole sign-in on the server.
   */
  refresh(): Promise<boolean> {
    refreshing ??= doRefresh().finally(() => {
      refreshing = null;
    });
    return refreshing;
  },
};

async function doRefresh(): Promise<boolean> {
  const refreshToken = localStorage.getItem(REFRESH_KEY);
  if (!refreshToken) return false;
  try {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(RefreshSessionMutation), variables: { refreshToken } }),
    });
    const body = await res.json();
    const payload = body?.data?.refreshToken;
    if (!payload) {
      // Only a definite rejection ends the session; a network hiccup keeps the token for later.
      if (body?.errors?.length) session.clear();
      return false;
    }
    session.start(payload, payload.user);
    return true;
  } catch {
    return false;
  }
}
