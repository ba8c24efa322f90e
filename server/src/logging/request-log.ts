import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { requestId } from './root-logger.js';

type Next = () => void;

/**
 * One middleware per request for what every request needs: an id (`X-Request-Id`, kept from the
 * caller when well-formed), a `Server-Timing: app;dur=<ms>` header (request in → headers out, so
 * operators and bench/scale.mjs can tell server time from network time), and one JSON log line when
 * it ends (`request completed` / `request aborted`, 5xx as errors; health probes not logged).
 *
 * Written out instead of pino-http: that builds a child logger and serializes the request for every
 * request even when the line is never written, about a tenth of the server's CPU on a small GraphQL
 * query (bench/dashboard-throughput.mjs). Here nothing is built unless the level is enabled.
 */
export function requestLog(logger: Logger) {
  return (req: IncomingMessage & { id?: string }, res: ServerResponse, next: Next): void => {
    const start = process.hrtime.bigint();
    const id = requestId(req);
    req.id = id;
    res.setHeader('x-request-id', id);
    const writeHead = res.writeHead;
    res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
      if (!this.headersSent) this.setHeader('Server-Timing', `app;dur=${elapsedMs(start).toFixed(2)}`);
      return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
    } as ServerResponse['writeHead'];
    if (!(req.url ?? '').startsWith('/health')) {
      const done = (finished: boolean) => () => {
        const level = !finished ? 'warn' : res.statusCode >= 500 ? 'error' : 'info';
        if (!logger.isLevelEnabled(level)) return;
        const line = { req: { id, method: req.method, url: req.url }, res: { statusCode: res.statusCode }, responseTime: Math.round(elapsedMs(start)) };
        logger[level](line, finished ? 'request completed' : 'request aborted');
      };
      let ended = false;
      res.once('finish', () => {
        ended = true;
        done(true)();
      });
      res.once('close', () => ended || done(false)());
    }
    next();
  };
}

function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}
