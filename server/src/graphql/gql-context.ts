import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { DomainError } from '../common/domain-error.js';
import { DatabaseUnavailable, isDatabaseUnavailable } from '../database/db-unavailable.js';
import type { AuthUser } from '../modules/auth/auth-user.js';
import type { BearerAuth, BearerCredential, BearerScope } from '../modules/auth/bearer-auth.service.js';
import { INTERNAL_MESSAGE } from './format-error.js';
import type { RequestLoaders, RequestLoadersFactory } from './request-loaders.js';

/** Per-request GraphQL context. Loaders are created here per request, never at module level. */
export interface GqlContext {
  req: Request;
  res: Response;
  requestId: string;
  loaders: RequestLoaders;
  /** The caller, from a valid `Authorization: Bearer` access token or API token; absent for anonymous callers. */
  user?: AuthUser;
  /** The caller's sign-in session (refresh-token family), from an access token. */
  sessionId?: string;
  /** The personal API token the request came with. */
  apiTokenId?: string;
  /** READ (an API token's read-only scope: no mutations, see read-only-scope.plugin.ts) or FULL. */
  scope?: BearerScope;
  /** Why a bearer credential was refused; GqlAuthGuard reports it on operations that need sign-in. */
  authError?: 'invalid' | 'expired' | 'revoked';
  /** Which kind of credential `authError` is about (the messages differ). */
  authCredential?: BearerCredential;
}

/** A refusal raised while building the context (rate limit, database away), with its code and HTTP status. */
function contextRefusal(error: DomainError): GraphQLError {
  const retryAfter = error.extra.retryAfterSeconds;
  const status = error.code === 'RATE_LIMITED' ? 429 : error.code === 'SERVICE_UNAVAILABLE' ? 503 : 400;
  const headers = typeof retryAfter === 'number' ? new Map([['retry-after', String(retryAfter)]]) : undefined;
  return new GraphQLError(error.message, { originalError: error, extensions: { code: error.code, http: { status, headers } } });
}

/**
 * The one place a request's context is built: fresh loaders every request; the bearer credential
 * admitted by BearerAuth (access token: session not ended, admin claim still true; API token: not
 * revoked or expired, within its rate limit). A failure here happens before Apollo's request
 * pipeline (so no plugin sees it): it is logged here with the request id, which the client's
 * INTERNAL_SERVER_ERROR carries too; a rate limit or an unreachable database keeps its code.
 */
export function contextFactory(loaders: RequestLoadersFactory, bearer: BearerAuth, log: Logger) {
  return async ({ req, res }: { req: Request; res: Response }): Promise<GqlContext> => {
    const requestId = String((req as Request & { id?: string }).id ?? '');
    try {
      const base = { req, res, requestId };
      const admitted = await bearer.admit(req.headers.authorization);
      if (admitted && 'error' in admitted) return { ...base, loaders: loaders.create(), authError: admitted.error, authCredential: admitted.credential };
      const user = admitted?.user;
      // Customers' loaders see a node's history only from their own assignment on (issue #11 item 5).
      const historyScope = user && user.role !== 'admin' ? user.id : undefined;
      if (!admitted) return { ...base, loaders: loaders.create(historyScope) };
      const { sessionId, apiTokenId } = admitted;
      return { ...base, loaders: loaders.create(historyScope), user: admitted.user, sessionId, apiTokenId, scope: admitted.scope };
    } catch (err) {
      if (err instanceof DomainError) throw contextRefusal(err);
      if (isDatabaseUnavailable(err)) throw contextRefusal(new DatabaseUnavailable());
      log.error({ err, requestId }, 'unexpected GraphQL error (building the request context)');
      throw new GraphQLError(INTERNAL_MESSAGE, {
        originalError: err as Error,
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId, http: { status: 500 } },
      });
    }
  };
}
