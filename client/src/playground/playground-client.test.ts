import { describe, expect, it } from 'vitest';
import { createPlaygroundClient, operationNameOf } from './playground-client';

interface Sent {
  headers: Record<string, string>;
  body: { query: string; variables?: Record<string, unknown> };
}

/** A /graphql stand-in: login answers for one password, everything else echoes the Authorization it got. */
function fakeGraphql(password: string) {
  const sent: Sent[] = [];
  const send = async (_url: RequestInfo | URL, init?: RequestInit) => {
    const request = { headers: init?.headers as Record<string, string>, body: JSON.parse(String(init?.body)) };
    sent.push(request);
    const input = request.body.variables?.input as { email: string; password: string } | undefined;
    if (request.body.query.includes('login(')) {
      const ok = input?.password === password;
      const body = ok
        ? { data: { login: { accessToken: `token-for-${input?.email}`, refreshToken: 'r1', user: { email: input?.email } } } }
        : { data: null, errors: [{ message: 'Wrong email or password' }] };
      return Response.json(body);
    }
    return Response.json({ data: { authorization: request.headers.authorization ?? null } });
  };
  return { sent, send };
}

describe('playground sign-in helper', () => {
  it('sends no token before sign-in, the bearer token after it, and none after sign-out', async () => {
    const server = fakeGraphql('right-password');
    const client = createPlaygroundClient('/graphql', server.send);
    expect(await client.fetcher({ query: '{ me { email } }' }, {})).toEqual({ data: { authorization: null } });

    const session = await client.signIn('customer@minegnk.demo', 'right-password');
    expect(session.email).toBe('customer@minegnk.demo');
    expect(await client.fetcher({ query: '{ me { email } }' }, {})).toEqual({ data: { authorization: 'Bearer token-for-customer@minegnk.demo' } });

    await client.signOut();
    expect(server.sent.at(-1)?.body.query).toMatch(/logout/);
    expect(client.session).toBeNull();
    expect(await client.fetcher({ query: '{ me { email } }' }, {})).toEqual({ data: { authorization: null } });
  });

  it("shows the server's message when sign-in is refused, and stays signed out", async () => {
    const client = createPlaygroundClient('/graphql', fakeGraphql('right-password').send);
    await expect(client.signIn('customer@minegnk.demo', 'wrong')).rejects.toThrow('Wrong email or password');
    expect(client.session).toBeNull();
  });

  it('a header typed into the headers editor wins over the session token', async () => {
    const client = createPlaygroundClient('/graphql', fakeGraphql('pw').send);
    await client.signIn('a@b.c', 'pw');
    const typed = { headers: { Authorization: 'Bearer typed' } };
    expect(await client.fetcher({ query: '{ me { email } }' }, typed)).toEqual({ data: { authorization: 'Bearer typed' } });
  });
});

describe('the operation name sent', () => {
  it('is the tab’s own operation, not the one last run in another tab (GraphiQL kept "Me")', async () => {
    const server = fakeGraphql('x');
    const client = createPlaygroundClient('/graphql', server.send);
    await client.fetcher({ query: 'query SummaryCards { dashboard { activeNodes } }', operationName: 'Me' }, {});
    const body = server.sent.at(-1)?.body as { operationName?: string } | undefined;
    expect(body?.operationName).toBe('SummaryCards');
  });

  it('keeps a name the document defines, leaves it out where the document cannot say, passes a broken document on', () => {
    const two = 'query A { me { email } } query B { me { id } }';
    expect(operationNameOf(two, 'B')).toBe('B');
    expect(operationNameOf(two, 'Me')).toBeUndefined();
    expect(operationNameOf('{ me { email } }', 'Me')).toBeUndefined();
    expect(operationNameOf('query {', 'Me')).toBe('Me');
  });
});
