import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeLockManager, fakeRefreshServer, installLocks, mirrorStorageEvents, openTab, settle, stubFetch } from '../test/fake-browser-tabs';

type Tab = Awaited<ReturnType<typeof openTab>>;
let server: ReturnType<typeof fakeRefreshServer>;

beforeEach(() => {
  localStorage.clear();
  server = fakeRefreshServer();
  stubFetch(server);
  mirrorStorageEvents();
});

afterEach(async () => {
  await settle();
  installLocks(undefined);
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** Signs in in a first tab, then opens `count` tabs in all (Ctrl+click on nodes). */
async function signedInTabs(count: number, accessExpiresInSeconds = 900): Promise<Tab[]> {
  const first = await openTab();
  const pair = server.signIn(accessExpiresInSeconds);
  first.start(pair, pair.user);
  const tabs = [first];
  while (tabs.length < count) tabs.push(await openTab());
  return tabs;
}

function expectOneValidSession(tabs: Tab[]) {
  expect(server.revoked).toBe(false);
  for (const tab of tabs) {
    expect(tab.user?.email).toBe('customer@minegnk.demo');
    expect(tab.refreshTokenValue).toBe(server.currentRefreshToken);
    expect(tab.accessToken).toBe(tabs[0].accessToken);
  }
}

describe('session refresh across tabs (Web Locks)', () => {
  beforeEach(() => installLocks(fakeLockManager()));

  it.each([2, 3])('%i tabs refreshing at once: one network refresh, every tab keeps the sign-in', async (count) => {
    const tabs = await signedInTabs(count);
    const results = await Promise.all(tabs.map((tab) => tab.refresh()));
    await settle();
    expect(results).toEqual(tabs.map(() => true));
    expect(server.calls).toBe(1);
    expectOneValidSession(tabs);
    // The stored token is the live one: the next refresh, from any tab, is accepted.
    expect(await tabs[count - 1].refresh()).toBe(true);
    expect(server.revoked).toBe(false);
  });

  it('tabs restored after the access token expired refresh once between them', async () => {
    const tabs = await signedInTabs(3, -60);
    const restored = [await openTab(), await openTab(), await openTab()];
    expect(restored.map((tab) => tab.user)).toEqual([null, null, null]);
    expect(await Promise.all(restored.map((tab) => tab.refresh()))).toEqual([true, true, true]);
    await settle();
    expect(server.calls).toBe(1);
    expectOneValidSession([...restored, ...tabs]);
  });

  it('a tab picks up a rotation by another tab and never presents the used token', async () => {
    const [a, b] = await signedInTabs(2);
    expect(await a.refresh()).toBe(true);
    await settle();
    expect(b.accessToken).toBe(a.accessToken);
    expect(await b.refresh()).toBe(true);
    expect(server.calls).toBe(2);
    await settle();
    expectOneValidSession([a, b]);
  });

  it('signing out in one tab signs out the others', async () => {
    const [a, b] = await signedInTabs(2);
    expect(b.user).not.toBeNull();
    const heard = vi.fn();
    b.subscribe(heard);
    a.clear();
    await settle();
    expect(b.user).toBeNull();
    expect(b.accessToken).toBeNull();
    expect(heard).toHaveBeenCalledWith(null);
  });
});

describe('session refresh without Web Locks (fallback)', () => {
  beforeEach(() => installLocks(undefined));

  it('concurrent refreshes within a tab share one request', async () => {
    const [tab] = await signedInTabs(1);
    const results = await Promise.all([tab.refresh(), tab.refresh(), tab.refresh()]);
    expect(results).toEqual([true, true, true]);
    expect(server.calls).toBe(1);
    expectOneValidSession([tab]);
  });

  it('a refresh token stored before the session was shared still resumes the sign-in', async () => {
    localStorage.setItem('minegnk.refreshToken', server.signIn().refreshToken);
    const tab = await openTab();
    expect(tab.hasRefreshToken).toBe(true);
    expect(await tab.refresh()).toBe(true);
    expect(localStorage.getItem('minegnk.refreshToken')).toBeNull();
    expectOneValidSession([tab]);
  });
});
