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

/**
 * Security headers on every response (helmet): CSP, nosniff, frame-ancestors/X-Frame-Options, a
 * referrer policy, and HSTS only on requests that came over HTTPS, which behind a TLS-terminating
 * proxy Express learns from X-Forwarded-Proto when TRUST_PROXY trusts that proxy (`req.secure`).
 */
export function securityHeaders(): RequestHandler {
  const headers = withCsp(UI_CSP);
  const hsts = helmet.strictTransportSecurity({ maxAge: HSTS_MAX_AGE_SECONDS, includeSubDomains: true });
  return (req: Request, res: Response, next: NextFunction) => {
    headers(req, res, (err?: unknown) => {
      if (err || !req.secure) return next(err);
      hsts(req, res, next);
    });
  };
}
