import type { Request, Response } from 'express';
import type { AccessGate } from '../modules/auth/access-gate.js';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { INTERNAL_MESSAGE } from './format-error.js';
import type { AccessTokens } from '../modules/auth/access-tokens.js';
import type { AuthUser } from '../modules/auth/auth-user.js';
import type { RequestLoaders, RequestLoadersFactory } from './request-loaders.js';

/** Per-request GraphQL context. Loaders are created here per request, never at module level. */
export interface GqlContext {
  req: Request;
  res: Response;
  requestId: string;
  loaders: RequestLoaders;
  /** The caller, from a valid `Authorization: Bearer` access token; absent for anonymous callers. */
  user?: AuthUser;
  /** The caller's sign-in session (refresh-token family), from the same token. */
  sessionId?: string;
  /** Why a bearer token was refused; GqlAuthGuard reports it on operations that need sign-in. */
  authError?: 'invalid' | 'expired' | 'revoked';
}

/**
 * The one place a request's context is built: fresh loaders every request; the bearer token verified
 * and then admitted by the gate (session not ended, admin claim still true). A failure here happens
 * before Apollo's request pipeline (so no plugin sees it): it is logged here with the request id,
 * which the client's INTERNAL_SERVER_ERROR carries too.
 */
export function contextFactory(loaders: RequestLoadersFactory, tokens: AccessTokens, gate: AccessGate, log: Logger) {
  return async ({ req, res }: { req: Request; res: Response }): Promise<GqlContext> => {
    const requestId = String((req as Request & { id?: string }).id ?? '');
    try {
      const base = { req, res, requestId };
      const access = tokens.fromHeader(req.headers.authorization);
      const admitted = !access ? undefined : 'error' in access ? access : await gate.admit(access);
      if (admitted && 'error' in admitted) return { ...base, loaders: loaders.create(), authError: admitted.error };
      const user = admitted?.user;
      // Customers' loaders see a node's history only from their own assignment on (issue #11 item 5).
      const scope = user && user.role !== 'admin' ? user.id : undefined;
      return { ...base, loaders: loaders.create(scope), ...(admitted ? { user: admitted.user, sessionId: admitted.sessionId } : {}) };
    } catch (err) {
      log.error({ err, requestId }, 'unexpected GraphQL error (building the request context)');
      throw new GraphQLError(INTERNAL_MESSAGE, {
        originalError: err as Error,
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId, http: { status: 500 } },
      });
    }
  };
}
