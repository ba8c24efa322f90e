import { createServer, type Server } from 'node:http';
import type { Logger } from 'pino';
import { bearerMatches } from './metrics-access.js';

export const METRICS_LISTEN_HOST = '127.0.0.1';

/**
 * METRICS_PORT: /metrics alone on a loopback-only listener (a scraper or agent on the same host or
 * pod), off the public port. The token, when set, is required here too.
 */
export async function startMetricsListener(port: number, token: string | undefined, scrape: () => Promise<string>, log: Logger): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'GET' || path !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
      return;
    }
    if (token !== undefined && !bearerMatches(req.headers.authorization, token)) {
      res.writeHead(401, { 'content-type': 'text/plain', 'www-authenticate': 'Bearer realm="metrics"' }).end('Unauthorized\n');
      return;
    }
    scrape().then(
      (text) => res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(text),
      (err) => {
        log.error({ err }, 'metrics scrape failed');
        res.writeHead(500, { 'content-type': 'text/plain' }).end('Scrape failed\n');
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, METRICS_LISTEN_HOST, () => resolve());
  });
  return server;
}
