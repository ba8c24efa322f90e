import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * `Server-Timing: app;dur=<ms>` on every response: time from the request reaching the app to its
 * headers being written. Operators (and bench/scale.mjs) can tell server time from network time
 * with any HTTP client or the browser's dev tools.
 */
export function serverTiming(_req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const start = process.hrtime.bigint();
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    if (!this.headersSent) this.setHeader('Server-Timing', `app;dur=${(Number(process.hrtime.bigint() - start) / 1e6).toFixed(2)}`);
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse['writeHead'];
  next();
}
