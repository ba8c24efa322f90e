import { print } from 'graphql';
import { graphql, useFragment as unmask, type FragmentType } from '../gql';
import type { SessionUserFragment } from '../gql/graphql';
import { SESSION_KEY, readStoredSession, removeStoredSession, usable, writeStoredSession, type StoredSession } from './stored-session';

/**
 * The session of this tab. Refresh tokens are single-use and the server ends the whole sign-in when
 * one is presented twice, so every tab of the browser shares one stored session (stored-session.ts)
 * and at most one of them refreshes at a time; the others take its result.
 */
const REFRESH_LOCK = 'minegnk-token-refresh';

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

function announce(user: SessionUser | null) {
  for (const l of listeners) l(user);
}

/** Takes a session another tab stored; listeners hear only a change of user, not a rotation. */
function takeOver(stored: StoredSession & { accessToken: string; user: SessionUser }) {
  const previous = currentUser;
  accessToken = stored.accessToken;
  currentUser = stored.user;
  if (previous && previous.id !== stored.user.id) announce(null); // another account: drop this one's data first
  if (JSON.stringify(previous) !== JSON.stringify(stored.user)) announce(stored.user);
}

/** Ends the session in this tab only: another tab signed out, or the stored session is gone. */
function signOutHere() {
  if (accessToken === null && currentUser === null) return;
  accessToken = null;
  currentUser = null;
  announce(null);
}

// A new tab (Ctrl+click, a restored tab, a reload) continues the shared session without a refresh.
const initial = readStoredSession();
if (usable(initial)) [accessToken, currentUser] = [initial.accessToken, initial.user];

// Another tab rotated the tokens, signed in or signed out: follow it, so this tab never presents a
// refresh token that has been spent. Read from storage, not the event: a later write may be queued.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.storageArea !== localStorage || (event.key !== null && event.key !== SESSION_KEY)) return;
    const stored = readStoredSession();
    if (!stored) signOutHere();
    else if (usable(stored) && stored.accessToken !== accessToken) takeOver(stored);
  });
}

export const session = {
  get accessToken() {
    return accessToken;
  },
  get user() {
    return currentUser;
  },
  get hasRefreshToken() {
    return readStoredSession() !== null;
  },
  get refreshTokenValue() {
    return readStoredSession()?.refreshToken ?? null;
  },
  /** Stores a fresh pair from login/register/refresh (for every tab) and tells the UI who is signed in. */
  start(tokens: { accessToken: string; refreshToken: string }, userRef: FragmentType<typeof SessionUserFields>) {
    const user = unmask(SessionUserFields, userRef);
    accessToken = tokens.accessToken;
    currentUser = user;
    writeStoredSession({ accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, user });
    announce(user);
  },
  /** Signs out here and, through the shared storage, in every other tab. */
  clear() {
    accessToken = null;
    currentUser = null;
    removeStoredSession();
    announce(null);
  },
  subscribe(listener: Listener) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
  /**
   * Gets this tab a new access token. Single-flight within the tab, and serialized across tabs by a
   * Web Lock; inside it the stored session is read again, and if another tab has rotated it since,
   * this tab takes that result instead of spending the refresh token a second time.
   */
  refresh(): Promise<boolean> {
    refreshing ??= refreshAcrossTabs().finally(() => {
      refreshing = null;
    });
    return refreshing;
  },
};

function refreshAcrossTabs(): Promise<boolean> {
  const seen = { refreshToken: readStoredSession()?.refreshToken ?? null, accessToken };
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  // Without Web Locks (browsers before 2022, jsdom) tabs are not serialized: the in-tab single
  // flight and the storage event above are all there is, so two tabs can still collide.
  if (!locks) return refreshUnlessRotated(seen);
  return locks.request(REFRESH_LOCK, () => refreshUnlessRotated(seen));
}

async function refreshUnlessRotated(seen: { refreshToken: string | null; accessToken: string | null }): Promise<boolean> {
  const stored = readStoredSession();
  if (!stored) {
    signOutHere();
    return false;
  }
  const rotatedElsewhere = stored.refreshToken !== seen.refreshToken || stored.accessToken !== seen.accessToken;
  if (rotatedElsewhere && usable(stored)) {
    takeOver(stored);
    return true;
  }
  return exchange(stored.refreshToken);
}

async function exchange(refreshToken: string): Promise<boolean> {
  try {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(RefreshSessionMutation), variables: { refreshToken } }),
    });
    const body = await res.json();
    const payload = body?.data?.refreshToken;
    // Signed out (or in as someone else) in another tab meanwhile: don't bring this session back.
    if (readStoredSession()?.refreshToken !== refreshToken) return false;
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
