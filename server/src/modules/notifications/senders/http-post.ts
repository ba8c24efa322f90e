/**
 * POST to a user-given URL with the SSRF guard applied at connect time (`guardedLookup`), a hard
 * timeout, no redirects followed (a 3xx is an answer, not a hop to an unchecked host), and the
 * response body capped: what webhook and Discord senders need, and nothing a receiver can abuse.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { DeliveryFailure } from '../notification.types.js';
import { guardedLookup } from '../outbound-url.js';

const MAX_RESPONSE_BYTES = 64 * 1024;

export interface PostResult {
  status: number;
  headers: IncomingMessage['headers'];
  text: string;
}

export function postJson(url: URL, body: string, headers: Record<string, string>, opts: { timeoutMs: number; allowPrivate: boolean }): Promise<PostResult> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'user-agent': 'MineGNK-Notifier/1', ...headers },
        lookup: guardedLookup(opts.allowPrivate) as never,
        timeout: opts.timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size <= MAX_RESPONSE_BYTES) chunks.push(c);
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', (e) => reject(new DeliveryFailure(`response: ${e.message}`, true)));
      },
    );
    // The socket timeout only fires when idle; this bounds the whole exchange.
    const deadline = setTimeout(() => req.destroy(new Error(`timed out after ${opts.timeoutMs / 1000} s`)), opts.timeoutMs);
    req.on('close', () => clearTimeout(deadline));
    req.on('timeout', () => req.destroy(new Error(`timed out after ${opts.timeoutMs / 1000} s`)));
    req.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(deadline);
      // A private address found at connect time is a refusal, not a glitch: retrying cannot help.
      reject(
        e instanceof DeliveryFailure ? e : new DeliveryFailure(e.code === 'EPRIVATETARGET' ? e.message : `network: ${e.message}`, e.code !== 'EPRIVATETARGET'),
      );
    });
    req.end(body);
  });
}

/** The usual HTTP verdict: 2xx ok; 408, 429 and 5xx may pass later; any other answer will not. */
export function failureForStatus(status: number, what: string): DeliveryFailure | null {
  if (status >= 200 && status < 300) return null;
  const retryable = status === 408 || status === 429 || status >= 500;
  return new DeliveryFailure(`${what} answered HTTP ${status}`, retryable);
}
