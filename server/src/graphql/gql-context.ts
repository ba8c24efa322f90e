import type { Request, Response } from 'express';
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

/** The one place a request's context is built: fresh loaders every request. */
export function contextFactory(loaders: GonkaLoadersFactory, tokens: AccessTokens) {
  return ({ req, res }: { req: Request; res: Response }): GqlContext => {
    const access = tokens.fromHeader(req.headers.authorization);
    const user = access && 'user' in access ? access.user : undefined;
    return {
      req,
      res,
      requestId: String((req as Request & { id?: string }).id ?? ''),
      loaders: loaders.create(user && user.role !== 'admin' ? user.id : undefined),
      ...(access && 'user' in access ? { user: access.user, sessionId: access.sessionId } : {}),
      ...(access && 'error' in access ? { authError: access.error } : {}),
    };
  };
}
