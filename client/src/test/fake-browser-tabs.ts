import { vi } from 'vitest';
import type { FragmentType } from '../gql';
import type { SessionUserFields } from '../session/tokens';

/**
 * A browser with several tabs of the app, as far as the session cares: one localStorage, one Web
 * Locks manager and one refresh endpoint shared by every tab; each tab is its own instance of the
 * session module (its own memory), like a real tab.
 */

/** Web Locks in miniature: callbacks for one name run one at a time, in request order. */
export function fakeLockManager() {
  const tails = new Map<string, Promise<unknown>>();
  return {
    request<T>(name: string, callback: (lock: { name: string; mode: 'exclusive' }) => Promise<T>): Promise<T> {
      const run = (tails.get(name) ?? Promise.resolve()).then(() => callback({ name, mode: 'exclusive' }));
      tails.set(
        name,
        run.catch(() => {}),
      );
      return run;
    },
  };
}

export function installLocks(locks: ReturnType<typeof fakeLockManager> | undefined) {
  Object.defineProperty(navigator, 'locks', { value: locks, configurable: true });
}

/** An access token shaped like the server's JWT: only the payload's `exp` matters to the client. */
export function fakeAccessToken(id: number, expiresInSeconds = 900) {
  const payload = btoa(JSON.stringify({ exp: Math.floor(Date.now() / 1000) + expiresInSeconds }));
  return `header.${payload.replace(/=+$/, '')}.sig-${id}`;
}

// As the API sends it; to start() it is the masked fragment reference the generated types expect.
const USER = { __typename: 'User', id: 'u1', email: 'customer@minegnk.demo', role: 'CUSTOMER' } as unknown as FragmentType<typeof SessionUserFields>;

/**
 * The refresh mutation as the server treats it: each refresh token works once; presenting a used one
 * is taken as theft and revokes the whole sign-in.
 */
export function fakeRefreshServer() {
  let serial = 0;
  let current: string | null = null;
  const used = new Set<string>();
  const server = {
    calls: 0,
    revoked: false,
    get currentRefreshToken() {
      return current;
    },
    signIn(accessExpiresInSeconds = 900) {
      serial += 1;
      current = `refresh-${serial}`;
      server.revoked = false;
      return { accessToken: fakeAccessToken(serial, accessExpiresInSeconds), refreshToken: current, user: USER };
    },
    async respond(presented: string) {
      server.calls += 1;
      await new Promise((r) => setTimeout(r, 10)); // the round trip: other tabs run meanwhile
      if (used.has(presented)) {
        current = null;
        server.revoked = true;
      }
      if (presented !== current) return { errors: [{ message: 'invalid', extensions: { code: 'UNAUTHENTICATED' } }] };
      used.add(presented);
      serial += 1;
      current = `refresh-${serial}`;
      return { data: { refreshToken: { accessToken: fakeAccessToken(serial), refreshToken: current, user: USER } } };
    },
  };
  return server;
}

/** Routes the page's fetch('/graphql') for RefreshSession to the fake server. */
export function stubFetch(server: ReturnType<typeof fakeRefreshServer>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: { body: string }) => {
      const body = await server.respond(JSON.parse(init.body).variables.refreshToken);
      return { json: async () => body };
    }),
  );
}

/**
 * The `storage` event other tabs get when one tab writes. jsdom has a single window, so every tab's
 * module instance hears it, the writer too, which must (and does) ignore a change it already has.
 * Dispatched in a later task, as browsers do.
 */
export function mirrorStorageEvents() {
  const proto = Object.getPrototypeOf(localStorage) as Storage;
  const announce = (key: string | null, oldValue: string | null) => {
    const newValue = key === null ? null : localStorage.getItem(key);
    setTimeout(() => window.dispatchEvent(new StorageEvent('storage', { key, oldValue, newValue, storageArea: localStorage })));
  };
  const setItem = proto.setItem;
  const removeItem = proto.removeItem;
  vi.spyOn(proto, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
    const old = this.getItem(key);
    setItem.call(this, key, value);
    announce(key, old);
  });
  vi.spyOn(proto, 'removeItem').mockImplementation(function (this: Storage, key: string) {
    const old = this.getItem(key);
    removeItem.call(this, key);
    announce(key, old);
  });
}

/** A new tab: a fresh instance of the session module over the shared storage. */
export async function openTab() {
  vi.resetModules();
  return (await import('../session/tokens')).session;
}

export const settle = () => new Promise((r) => setTimeout(r, 30));
