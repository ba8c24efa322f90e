import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../gql';
import { session, type SessionUser } from './tokens';

const LogoutMutation = graphql(`
  mutation Logout($refreshToken: String) {
    logout(refreshToken: $refreshToken)
  }
`);

interface SessionContextValue {
  user: SessionUser | null;
  /** False until a stored refresh token has been tried once after a reload. */
  ready: boolean;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [user, setUser] = useState<SessionUser | null>(session.user);
  const [ready, setReady] = useState(session.user !== null || !session.hasRefreshToken);

  // Once per client: `ready` is read only to start the first refresh, not to re-subscribe.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    const unsubscribe = session.subscribe((next) => {
      setUser(next);
      // Another user's cached data must never show after a sign-out or account switch.
      if (!next) void client.clearStore();
    });
    if (!ready) void session.refresh().finally(() => setReady(true));
    return unsubscribe;
  }, [client]);

  const signOut = useCallback(async () => {
    const refreshToken = session.refreshTokenValue;
    try {
      await client.mutate({ mutation: LogoutMutation, variables: { refreshToken } });
    } catch {
      // Signing out locally matters more than telling the server.
    }
    session.clear();
  }, [client]);

  const value = useMemo(() => ({ user, ready, signOut }), [user, ready, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession() {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
