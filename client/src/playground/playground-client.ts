import type { ComponentProps } from 'react';
import type { GraphiQL } from 'graphiql';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

export interface PlaygroundSession {
  email: string;
  accessToken: string;
  refreshToken: string;
}

interface GraphQLResponse {
  data?: Record<string, unknown> | null;
  errors?: { message: string }[];
}

const LOGIN = `mutation PlaygroundLogin($input: LoginInput!) {
  login(input: $input) { accessToken refreshToken user { email } }
}`;
const LOGOUT = 'mutation PlaygroundLogout($refreshToken: String) { logout(refreshToken: $refreshToken) }';

/**
 * The playground's link to /graphql: a GraphiQL fetcher that sends `Authorization: Bearer` once
 * signed in (kept in memory only: a reload signs out), and the sign-in/out behind the helper bar.
 * A header typed into GraphiQL's headers editor wins over the session's.
 */
export function createPlaygroundClient(url = '/graphql', send: typeof fetch = (input, init) => fetch(input, init)) {
  let session: PlaygroundSession | null = null;

  const post = async (body: unknown, headers: Record<string, string> = {}): Promise<GraphQLResponse> => {
    const res = await send(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return (await res.json()) as GraphQLResponse;
  };
  const bearer = (): Record<string, string> => (session ? { authorization: `Bearer ${session.accessToken}` } : {});

  const fetcher: Fetcher = async (params, opts) => {
    const typed = Object.fromEntries(Object.entries(opts?.headers ?? {}).map(([name, value]) => [name.toLowerCase(), String(value)]));
    return (await post(params, { ...bearer(), ...typed })) as Awaited<ReturnType<Fetcher>>;
  };

  return {
    fetcher,
    get session() {
      return session;
    },
    /** Signs in with `login`; throws the server's message (e.g. wrong password) when it refuses. */
    async signIn(email: string, password: string): Promise<PlaygroundSession> {
      const res = await post({ query: LOGIN, variables: { input: { email, password } } });
      const login = res.data?.login as { accessToken: string; refreshToken: string; user: { email: string } } | undefined;
      if (!login) throw new Error(res.errors?.[0]?.message ?? 'Sign-in failed');
      session = { email: login.user.email, accessToken: login.accessToken, refreshToken: login.refreshToken };
      return session;
    },
    /** Forgets the token and ends its session on the server too (best effort: the token is gone either way). */
    async signOut(): Promise<void> {
      const ending = session;
      session = null;
      if (ending)
        await post({ query: LOGOUT, variables: { refreshToken: ending.refreshToken } }, { authorization: `Bearer ${ending.accessToken}` }).catch(() => {});
    },
  };
}

export type PlaygroundClient = ReturnType<typeof createPlaygroundClient>;
