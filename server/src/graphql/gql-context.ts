import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { INTERNAL_MESSAGE } from './format-error.js';
import type { AccessTokens } from '../modules/auth/access-tokens.js';
import type { AuthUser } from '../modules/auth/auth-user.js';
import type { GonkaLoaders, GonkaLoadersFactory } from '../modules/gonka/gonka.loaders.js';

/** Per-request GraphQL context. Loaders are created here per request, never at module level. */
export interface GqlContext {
  req: Request;
  res: Response;
  requestId: string;
  loaders: GonkaLoaders;
  /** The caller, from a valid `Authorization: Bearer` access token; absent for anonymous callers. */
  user?: AuthUser;
  /** The caller's sign-in session (refresh-token family), from the same token. */
  sessionId?: string;
  /** Why a bearer token was refused; GqlAuthGuard reports it on operations that need sign-in. */
  authError?: 'invalid' | 'expired';
}

/**
 * The one place a request's context is built: fresh loaders every request. A failure here happens
 * before Apollo's request pipeline (so no plugin sees it): it is logged here with the request id,
 * which the client's INTERNAL_SERVER_ERROR carries too.
 */
export function contextFactory(loaders: GonkaLoadersFactory, tokens: AccessTokens, log: Logger) {
  return ({ req, res }: { req: Request; res: Response }): GqlContext => {
    const requestId = String((req as Request & { id?: string }).id ?? '');
    try {
      const access = tokens.fromHeader(req.headers.authorization);
      return {
        req,
        res,
        requestId,
        loaders: loaders.create(),
        ...(access && 'user' in access ? { user: access.user, sessionId: access.sessionId } : {}),
        ...(access && 'error' in access ? { authError: access.error } : {}),
      };
    } catch (err) {
      log.error({ err, requestId }, 'unexpected GraphQL error (building the request context)');
      throw new GraphQLError(INTERNAL_MESSAGE, { originalError: err as Error, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId, http: { status: 500 } } });
    }
  };
}
