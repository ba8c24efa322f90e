import type { SessionUserFragment } from '../gql/graphql';

/**
 * The sign-in as every tab of the browser shares it: one localStorage entry holding the refresh
 * token with the access token and user it came with. Sharing the access token is what lets a tab
 * take another tab's rotation instead of spending the (single-use) refresh token again; it adds
 * little exposure, since anything that can read this entry can read the refresh token in it, which
 * is worth more. One key, written at once, so a tab never sees a refresh token from one rotation
 * with an access token from another.
 */
export const SESSION_KEY = 'minegnk.session';
/** Before tabs shared the session only the refresh token was stored; read once so nobody is signed out by the update. */
const LEGACY_REFRESH_KEY = 'minegnk.refreshToken';
/** An access token this close to expiry is refreshed rather than taken over. */
const EXPIRY_MARGIN_MS = 30_000;

export interface StoredSession {
  accessToken: string | null;
  refreshToken: string;
  user: SessionUserFragment | null;
}

export function readStoredSession(): StoredSession | null {
  const raw = localStorage.getItem(SESSION_KEY);
  if (raw) {
    try {
      const parsed = JSON.parse(raw) as StoredSession;
      if (typeof parsed?.refreshToken === 'string') return parsed;
    } catch {
      // A damaged entry is treated like none: the user signs in again.
    }
    return null;
  }
  const legacy = localStorage.getItem(LEGACY_REFRESH_KEY);
  return legacy ? { accessToken: null, refreshToken: legacy, user: null } : null;
}

export function writeStoredSession(value: StoredSession) {
  localStorage.setItem(SESSION_KEY, JSON.stringify(value));
  localStorage.removeItem(LEGACY_REFRESH_KEY);
}

export function removeStoredSession() {
  localStorage.removeItem(SESSION_KEY);
  localStorage.removeItem(LEGACY_REFRESH_KEY);
}

/** True while the JWT's `exp` is comfortably ahead; the client never verifies it, the server does. */
export function isFresh(accessToken: string | null): accessToken is string {
  const payload = accessToken?.split('.')[1];
  if (!payload) return false;
  try {
    const { exp } = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: unknown };
    return typeof exp === 'number' && exp * 1000 - Date.now() > EXPIRY_MARGIN_MS;
  } catch {
    return false;
  }
}

/** A stored session another tab has made usable right now: a fresh access token and its user. */
export function usable(stored: StoredSession | null): stored is StoredSession & { accessToken: string; user: SessionUserFragment } {
  return !!stored && isFresh(stored.accessToken) && stored.user !== null;
}
