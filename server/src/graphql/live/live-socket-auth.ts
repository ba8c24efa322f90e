import { DomainError } from '../../common/domain-error.js';
import type { BearerAccess, BearerAuth } from '../../modules/auth/bearer-auth.service.js';

/** Close codes of the live socket (graphql-ws's own where one fits: 4401 Unauthorized, 4403 Forbidden). */
export const LiveClose = {
  /** No token, a malformed or expired one, or the token expired while connected: reconnect with a fresh token. */
  UNAUTHORIZED: 4401,
  /** The session was ended (sign-out, password change, token reuse), the API token revoked, or the account's role changed. */
  FORBIDDEN: 4403,
  /** An API token over its request limit (HTTP's 429): reconnect after the window. */
  TOO_MANY_REQUESTS: 4429,
  /** The server is shutting down (graphql-ws's dispose). */
  GOING_AWAY: 1001,
} as const;

/** An admitted socket's caller: who, through which session or API token, until when (`expiresAt`, ms). */
export type SocketAccess = BearerAccess;

export type SocketAdmission = SocketAccess | { close: number; reason: string };

/** `{ authorization: 'Bearer <token>' }` (what HTTP sends) or `{ token: '<token>' }`. */
export function tokenFromParams(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const authorization = params?.authorization ?? params?.Authorization;
  if (typeof authorization === 'string') return /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1] ?? '';
  return typeof params?.token === 'string' ? params.token : undefined;
}

/**
 * The same admission an HTTP request's bearer credential gets (BearerAuth): an access token or an API
 * token (which counts one request against its rate limit). The reasons never contain the credential.
 */
export async function admitSocket(bearer: BearerAuth, params: Readonly<Record<string, unknown>> | undefined): Promise<SocketAdmission> {
  const token = tokenFromParams(params);
  if (!token) return { close: LiveClose.UNAUTHORIZED, reason: 'Unauthorized: send the access token in connectionParams' };
  let admitted: Awaited<ReturnType<BearerAuth['admitCredential']>>;
  try {
    admitted = await bearer.admitCredential(token);
  } catch (e) {
    if (e instanceof DomainError && e.code === 'RATE_LIMITED') return { close: LiveClose.TOO_MANY_REQUESTS, reason: 'Too many requests with this API token' };
    throw e;
  }
  if (!('error' in admitted)) return admitted;
  if (admitted.error === 'revoked')
    return { close: LiveClose.FORBIDDEN, reason: admitted.credential === 'api-token' ? 'Forbidden: API token revoked' : 'Forbidden: session ended' };
  return { close: LiveClose.UNAUTHORIZED, reason: admitted.error === 'expired' ? 'Unauthorized: token expired' : 'Unauthorized' };
}
