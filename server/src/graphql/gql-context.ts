import type { Request, Response } from 'express';

/** Per-request GraphQL context. Loaders are created here per request, never at module level. */
export interface GqlContext {
  req: Request;
  res: Response;
  requestId: string;
}

export function buildContext({ req, res }: { req: Request; res: Response }): GqlContext {
  return { req, res, requestId: String((req as Request & { id?: string }).id ?? '') };
}
