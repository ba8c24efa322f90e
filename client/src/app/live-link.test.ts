import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({ accessToken: null as string | null, hasRefreshToken: true, refresh: vi.fn(), user: null }));
vi.mock('../session/tokens', () => ({ session: fake }));

import { expiresAt, freshToken } from './live-link';

/** An unsigned JWT-shaped token expiring in `seconds` (only its payload is read client-side). */
function tokenExpiringIn(seconds: number): string {
  const payload = btoa(JSON.stringify({ exp: Math.floor(Date.now() / 1000) + seconds }))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  return `x.${payload}.y`;
}

beforeEach(() => {
  fake.refresh.mockReset();
  fake.hasRefreshToken = true;
});

describe('the live socket token', () => {
  it('reads the expiry of a token, 0 for garbage', () => {
    const token = tokenExpiringIn(600);
    expect(Math.abs(expiresAt(token) - (Date.now() + 600_000))).toBeLessThan(1500);
    expect(expiresAt('garbage')).toBe(0);
  });

  it('presents the current token while it is valid for a while', async () => {
    fake.accessToken = tokenExpiringIn(600);
    expect(await freshToken()).toBe(fake.accessToken);
    expect(fake.refresh).not.toHaveBeenCalled();
  });

  it('refreshes first when the token is about to expire (the server would close the socket with 4401)', async () => {
    fake.accessToken = tokenExpiringIn(5);
    const renewed = tokenExpiringIn(900);
    fake.refresh.mockImplementation(async () => {
      fake.accessToken = renewed;
      return true;
    });
    expect(await freshToken()).toBe(renewed);
    expect(fake.refresh).toHaveBeenCalledTimes(1);
  });

  it('without a session to refresh, connects with what it has (the server answers 4401)', async () => {
    fake.accessToken = null;
    fake.hasRefreshToken = false;
    expect(await freshToken()).toBeNull();
    expect(fake.refresh).not.toHaveBeenCalled();
  });
});
