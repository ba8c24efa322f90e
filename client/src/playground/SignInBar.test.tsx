import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createPlaygroundClient } from './playground-client';
import { SignInBar } from './SignInBar';

const TOKEN = 'mgk_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG';

/** A /graphql stand-in: `me` answers for TOKEN only; every other request echoes the Authorization it got. */
function fakeGraphql() {
  const sent: Array<{ authorization: string | null; query: string }> = [];
  const send = async (_url: RequestInfo | URL, init?: RequestInit) => {
    const authorization = ((init?.headers ?? {}) as Record<string, string>).authorization ?? null;
    const { query } = JSON.parse(String(init?.body)) as { query: string };
    sent.push({ authorization, query });
    if (query.includes('PlaygroundApiTokenOwner'))
      return Response.json(
        authorization === `Bearer ${TOKEN}`
          ? { data: { me: { email: 'integrator@example.com' } } }
          : { data: null, errors: [{ message: 'API token was revoked; create a new one in your profile', extensions: { code: 'UNAUTHENTICATED' } }] },
      );
    return Response.json({ data: { authorization } });
  };
  return { sent, send };
}

describe('playground API token input', () => {
  it('a pasted token is checked, then sent as Authorization: Bearer with every request; Forget stops it', async () => {
    const server = fakeGraphql();
    const client = createPlaygroundClient('/graphql', server.send);
    render(<SignInBar client={client} />);
    const input = screen.getByLabelText('API token') as HTMLInputElement;
    // Hidden like a password, never kept anywhere but memory.
    expect(input.type).toBe('password');
    await userEvent.type(input, `  ${TOKEN} `);
    await userEvent.click(screen.getByRole('button', { name: 'Use token' }));

    const status = await screen.findByTestId('playground-api-token');
    expect(status.textContent).toContain('integrator@example.com');
    expect(status.textContent).toContain(`${TOKEN.slice(0, 10)}…`);
    expect(status.textContent?.includes(TOKEN)).toBe(false);
    expect(await client.fetcher({ query: '{ me { email } }' }, {})).toEqual({ data: { authorization: `Bearer ${TOKEN}` } });
    expect(localStorage.length + sessionStorage.length).toBe(0);

    await userEvent.click(screen.getByRole('button', { name: 'Forget token' }));
    expect(screen.getByLabelText('API token')).toBeTruthy();
    expect(await client.fetcher({ query: '{ me { email } }' }, {})).toEqual({ data: { authorization: null } });
  });

  it("a refused token shows the server's message and is not used", async () => {
    const server = fakeGraphql();
    const client = createPlaygroundClient('/graphql', server.send);
    render(<SignInBar client={client} />);
    await userEvent.type(screen.getByLabelText('API token'), 'mgk_revoked');
    await userEvent.click(screen.getByRole('button', { name: 'Use token' }));
    expect((await screen.findByRole('alert')).textContent).toBe('API token was revoked; create a new one in your profile');
    expect(screen.queryByTestId('playground-api-token')).toBeNull();
    expect(client.apiToken).toBeNull();
    expect(await client.fetcher({ query: '{ me { email } }' }, {})).toEqual({ data: { authorization: null } });
  });

  it('signing in replaces a pasted token (one credential at a time)', async () => {
    const server = fakeGraphql();
    const client = createPlaygroundClient('/graphql', async (url, init) => {
      const { query } = JSON.parse(String(init?.body)) as { query: string };
      if (query.includes('login(')) return Response.json({ data: { login: { accessToken: 'jwt', refreshToken: 'r', user: { email: 'a@b.c' } } } });
      return server.send(url, init);
    });
    await client.setApiToken(TOKEN);
    await client.signIn('a@b.c', 'pw');
    expect(client.apiToken).toBeNull();
    expect(await client.fetcher({ query: '{ me { email } }' }, {})).toEqual({ data: { authorization: 'Bearer jwt' } });
  });
});
