import type { AccessGate } from '../../modules/auth/access-gate.js';
import type { AccessTokens } from '../../modules/auth/access-tokens.js';
import type { AuthUser } from '../../modules/auth/auth-user.js';

/** Close codes of the live socket (graphql-ws's own where one fits: 4401 Unauthorized, 4403 Forbidden). */
export const LiveClose = {
  /** No token, a malformed or expired one, or the token expired while connected: reconnect with a fresh token. */
  UNAUTHORIZED: 4401,
  /** The session was ended (sign-out, password change, token reuse) or the account's role changed. */
  FORBIDDEN: 4403,
  /** The server is shutting down (graphql-ws's dispose). */
  GOING_AWAY: 1001,
} as const;

export interface SocketAccess {
  user: AuthUser;
  sessionId: string;
  /** When the access token expires (ms since the epoch): the socket is closed then. */
  expiresAt: number;
}

export type SocketAdmission = SocketAccess | { close: number; reason: string };

/** `{ authorization: 'Bearer <token>' }` (what HTTP sends) or `{ token: '<token>' }`. */
export function tokenFromParams(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const authorization = params?.authorization ?? params?.Authorization;
  if (typeof authorization === 'string') return /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1] ?? '';
  return typeof params?.token === 'string' ? params.token : undefined;
}

/** The JWT's `exp` in ms; called only on a token AccessTokens has verified, so its payload is well-formed. */
function expiryOf(token: string): number {
  const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { exp: number };
  return claims.exp * 1000;
}

/** The same checks an HTTP request's bearer token gets (gql-context.ts): signature and expiry, then the gate. */
export async function admitSocket(tokens: AccessTokens, gate: AccessGate, params: Readonly<Record<string, unknown>> | undefined): Promise<SocketAdmission> {
  const token = tokenFromParams(params);
  if (!token) return { close: LiveClose.UNAUTHORIZED, reason: 'Unauthorized: send the access token in connectionParams' };
  const access = tokens.verify(token);
  if ('error' in access) return { close: LiveClose.UNAUTHORIZED, reason: access.error === 'expired' ? 'Unauthorized: token expired' : 'Unauthorized' };
  const admitted = await gate.admit(access);
  if ('error' in admitted) return { close: LiveClose.FORBIDDEN, reason: 'Forbidden: session ended' };
  return { ...admitted, expiresAt: expiryOf(token) };
}
