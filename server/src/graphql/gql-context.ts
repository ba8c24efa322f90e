import type { Request, Response } from 'express';
import type { AccessGate } from '../modules/auth/access-gate.js';
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
  authError?: 'invalid' | 'expired' | 'revoked';
}

/**
 * The one place a request's context is built: fresh loaders every request; the bearer token verified
 * and then admitted by the gate (session not ended, admin claim still true).
 */
export function contextFactory(loaders: GonkaLoadersFactory, tokens: AccessTokens, gate: AccessGate) {
  return async ({ req, res }: { req: Request; res: Response }): Promise<GqlContext> => {
    const context: GqlContext = { req, res, requestId: String((req as Request & { id?: string }).id ?? ''), loaders: loaders.create() };
    const access = tokens.fromHeader(req.headers.authorization);
    if (!access) return context;
    const admitted = 'error' in access ? access : await gate.admit(access);
    return 'error' in admitted ? { ...context, authError: admitted.error } : { ...context, user: admitted.user, sessionId: admitted.sessionId };
  };
}
