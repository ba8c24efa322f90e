import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { IncomingMessage } from 'node:http';
import helmet from 'helmet';

/** HSTS lifetime once a request is known to have come over HTTPS (180 days, helmet's default). */
export const HSTS_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;

/**
 * The live socket (graphql-ws on /graphql) is same-origin, but CSP 2 browsers (Safari before 15.4)
 * do not count ws:/wss: as 'self': the page's own host is named with the WebSocket scheme. A Host
 * header that is not a plain host[:port] names nothing (it would only ever reach its own sender).
 */
const sameOriginSocket = (req: IncomingMessage): string => {
  const host = req.headers.host ?? '';
  if (!/^(\[[0-9a-f:.]+\]|[\w.-]+)(:\d{1,5})?$/i.test(host)) return "'self'";
  return `${(req as Request).secure ? 'wss' : 'ws'}://${host}`;
};

/**
 * The one policy for every path, the UI and the GraphQL playground (bundled GraphiQL) alike: only
 * our own scripts, no inline or eval; inline styles allowed because Mantine writes <style> elements
 * and style attributes at run time (GraphiQL's CodeMirror sets style attributes too); never framed.
 * No `upgrade-insecure-requests`: served over plain HTTP (no TLS proxy), it would break every asset.
 */
const UI_CSP = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'", sameOriginSocket] as Array<string | ((req: IncomingMessage) => string)>,
  objectSrc: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

const withCsp = (directives: typeof UI_CSP) =>
  helmet({
    contentSecurityPolicy: { useDefaults: false, directives },
    // Sent only for requests known to be HTTPS (below).
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });

type HeaderOp = { set: [string, string] } | { remove: string };

/** What a helmet middleware does to a response, recorded on a stand-in request and response. */
function recordHeaders(middleware: RequestHandler, req: Partial<Request>): HeaderOp[] {
  const ops: HeaderOp[] = [];
  const res = {
    setHeader: (name: string, value: string) => ops.push({ set: [name, String(value)] }),
    removeHeader: (name: string) => ops.push({ remove: name }),
  };
  let passed = false;
  middleware(req as Request, res as unknown as Response, () => (passed = true));
  if (!passed) throw new Error('helmet did not call next()');
  return ops;
}

// A host no request can name (a plain Host header never holds a space): stands for the request's own
// socket source in the recorded policy, replaced per request.
const SOCKET_PLACEHOLDER = 'ws://socket source';

/**
 * Security headers on every response (helmet): CSP, nosniff, frame-ancestors/X-Frame-Options, a
 * referrer policy, and HSTS only on requests that came over HTTPS, which behind a TLS-terminating
 * proxy Express learns from X-Forwarded-Proto when TRUST_PROXY trusts that proxy (`req.secure`).
 *
 * helmet runs once at start-up on a stand-in request, and its headers are replayed on each response:
 * its dozen middlewares per request (each building its value again, the CSP from its directives) were
 * 4% of the server's CPU on the dashboard query (bench/profile.mjs). Only connect-src depends on the
 * request (the socket source, from Host); security-headers.test.ts checks that the replay equals helmet's
 * own output for plain, secure and odd Host headers.
 */
export function securityHeaders(): RequestHandler {
  const ops = recordHeaders(withCsp({ ...UI_CSP, connectSrc: ["'self'", SOCKET_PLACEHOLDER] }), { headers: {} } as Partial<Request>);
  const hsts = recordHeaders(helmet.strictTransportSecurity({ maxAge: HSTS_MAX_AGE_SECONDS, includeSubDomains: true }), {});
  return (req: Request, res: Response, next: NextFunction) => {
    for (const op of ops) {
      if ('remove' in op) res.removeHeader(op.remove);
      else if (op.set[0] === 'Content-Security-Policy') res.setHeader(op.set[0], op.set[1].replace(SOCKET_PLACEHOLDER, sameOriginSocket(req)));
      else res.setHeader(op.set[0], op.set[1]);
    }
    if (req.secure) for (const op of hsts) if ('set' in op) res.setHeader(op.set[0], op.set[1]);
    next();
  };
}

/** helmet itself per request, as before: the reference the replay is tested against. */
export function helmetSecurityHeaders(): RequestHandler {
  const headers = withCsp(UI_CSP);
  const hsts = helmet.strictTransportSecurity({ maxAge: HSTS_MAX_AGE_SECONDS, includeSubDomains: true });
  return (req: Request, res: Response, next: NextFunction) => {
    headers(req, res, (err?: unknown) => {
      if (err || !req.secure) return next(err);
      hsts(req, res, next);
    });
  };
}
