import type { IncomingMessage } from 'node:http';
import type { Request, Response } from 'express';
import type { BearerAccess } from '../../modules/auth/bearer-auth.service.js';
import type { GqlContext } from '../gql-context.js';
import type { RequestLoadersFactory } from '../request-loaders.js';

const renewers = new WeakMap<GqlContext, () => void>();

/**
 * A subscription's context: the same shape as an HTTP request's (gql-context.ts), so resolvers and
 * guards work unchanged. `req` is the socket's upgrade request; there is no response to write to
 * (subscriptions set no cookies). Loaders are scoped like HTTP ones (customers: their ownership period).
 */
export function subscriptionContext(loaders: RequestLoadersFactory, access: BearerAccess, upgrade: IncomingMessage, requestId: string): GqlContext {
  const scope = access.user.role !== 'admin' ? access.user.id : undefined;
  const ctx: GqlContext = {
    req: upgrade as Request,
    res: undefined as unknown as Response,
    requestId,
    loaders: loaders.create(scope),
    user: access.user,
    sessionId: access.sessionId,
    apiTokenId: access.apiTokenId,
    scope: access.scope,
  };
  renewers.set(ctx, () => {
    ctx.loaders = loaders.create(scope);
  });
  return ctx;
}

/** Fresh loaders for the next event (a request's loaders memoize; one event is one "request"). */
export function renewLoaders(ctx: GqlContext): void {
  renewers.get(ctx)?.();
}
