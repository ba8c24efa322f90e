import { request } from 'node:http';
import type { GqlResponse } from './test-app.js';

/**
 * A GraphQL request sent from another loopback address (Linux routes all of 127.0.0.0/8 to lo), so
 * the app sees a different client address without trusting any proxy header.
 */
export function gqlFrom<T = any>(base: string, localAddress: string, query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>> {
  const url = new URL('/graphql', base);
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (text += d));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, ...(JSON.parse(text) as Omit<GqlResponse<T>, 'status'>) });
          } catch (e) {
            reject(e);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
