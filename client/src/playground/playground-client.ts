import type { ComponentProps } from 'react';
import type { GraphiQL } from 'graphiql';
import { Kind, parse } from 'graphql';

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
const WHO = 'query PlaygroundApiTokenOwner { me { email } }';

/** A personal API token pasted into the playground (profile → API tokens). */
export interface PlaygroundApiToken {
  token: string;
  /** Whose token it is (the server's answer to `me` with it). */
  email: string;
}

/**
 * The playground's link to /graphql: a GraphiQL fetcher that sends `Authorization: Bearer` once
 * signed in or once an API token is pasted (either kept in memory only: a reload forgets it), and
 * the sign-in/out behind the helper bar. One credential at a time: a pasted token replaces the
 * session and the other way round. A header typed into GraphiQL's headers editor wins over both.
 */
export function createPlaygroundClient(url = '/graphql', send: typeof fetch = (input, init) => fetch(input, init)) {
  let session: PlaygroundSession | null = null;
  let apiToken: PlaygroundApiToken | null = null;

  const post = async (body: unknown, headers: Record<string, string> = {}): Promise<GraphQLResponse> => {
    const res = await send(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return (await res.json()) as GraphQLResponse;
  };
  const bearer = (): Record<string, string> => {
    const credential = session?.accessToken ?? apiToken?.token;
    return credential ? { authorization: `Bearer ${credential}` } : {};
  };

  const signOut = async (): Promise<void> => {
    const ending = session;
    session = null;
    if (ending)
      await post({ query: LOGOUT, variables: { refreshToken: ending.refreshToken } }, { authorization: `Bearer ${ending.accessToken}` }).catch(() => {});
  };

  const fetcher: Fetcher = async (params, opts) => {
    const typed = Object.fromEntries(Object.entries(opts?.headers ?? {}).map(([name, value]) => [name.toLowerCase(), String(value)]));
    const body = { ...params, operationName: operationNameOf(params.query, params.operationName) };
    return (await post(body, { ...bearer(), ...typed })) as Awaited<ReturnType<Fetcher>>;
  };

  return {
    fetcher,
    get session() {
      return session;
    },
    get apiToken() {
      return apiToken;
    },
    /** Signs in with `login`; throws the server's message (e.g. wrong password) when it refuses. */
    async signIn(email: string, password: string): Promise<PlaygroundSession> {
      const res = await post({ query: LOGIN, variables: { input: { email, password } } });
      const login = res.data?.login as { accessToken: string; refreshToken: string; user: { email: string } } | undefined;
      if (!login) throw new Error(res.errors?.[0]?.message ?? 'Sign-in failed');
      apiToken = null;
      session = { email: login.user.email, accessToken: login.accessToken, refreshToken: login.refreshToken };
      return session;
    },
    /** Forgets the token and ends its session on the server too (best effort: the token is gone either way). */
    signOut,
    /**
     * Checks a pasted API token with `me` and, if the server accepts it, sends it from now on (ending
     * a sign-in first). Throws the server's message (invalid, expired, revoked) and keeps nothing.
     */
    async setApiToken(pasted: string): Promise<PlaygroundApiToken> {
      const token = pasted.trim();
      if (!token) throw new Error('Paste an API token first');
      const res = await post({ query: WHO }, { authorization: `Bearer ${token}` });
      const me = res.data?.me as { email: string } | undefined;
      if (!me) throw new Error(res.errors?.[0]?.message ?? 'The token was refused');
      await signOut();
      apiToken = { token, email: me.email };
      return apiToken;
    },
    /** Stops sending the API token (it stays valid: revoke it in the profile). */
    forgetApiToken(): void {
      apiToken = null;
    },
  };
}

export type PlaygroundClient = ReturnType<typeof createPlaygroundClient>;

/**
 * The operation name to send with `query`: GraphiQL 4 keeps the name of the operation last run in
 * another tab (run "Me", switch to the SummaryCards tab, run: it sent operationName "Me" and the
 * server answered "Unknown operation named Me"). A name the document does not define is replaced by
 * its only operation's name (none for an anonymous one); with several operations it is left out.
 */
export function operationNameOf(query: string, asked: string | null | undefined): string | undefined {
  let names: (string | undefined)[];
  try {
    names = parse(query).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? [d.name?.value] : []));
  } catch {
    return asked ?? undefined; // the server says what is wrong with the document
  }
  if (asked && names.includes(asked)) return asked;
  return names.length === 1 ? names[0] : undefined;
}
