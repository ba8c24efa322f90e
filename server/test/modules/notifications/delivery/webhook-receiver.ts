import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  key: string;
  body: any;
  signatureValid: boolean;
  at: number;
}

/** What the receiver answers to the n-th request (1-based) carrying one idempotency key. */
export type Responder = (key: string, n: number) => number | Promise<number>;

export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** Requests per idempotency key. */
  countFor(key: string): number;
  distinctKeys(): number;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Checks `X-MineGNK-Signature` the way the README tells integrators to: HMAC-SHA256 of the raw body. */
export function verifySignature(raw: string, header: string | undefined, secret: string): boolean {
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`);
  const given = Buffer.from(header ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A loopback integrator: records every request (raw count, keys, signature check) and answers as told. */
export async function startWebhookReceiver(secret: string, respond: Responder = () => 200): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const perKey = new Map<string, number>();
  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const key = String(req.headers['idempotency-key'] ?? '');
    const n = (perKey.get(key) ?? 0) + 1;
    perKey.set(key, n);
    received.push({ key, body: JSON.parse(raw), signatureValid: verifySignature(raw, req.headers['x-minegnk-signature'] as string, secret), at: Date.now() });
    res.statusCode = await respond(key, n);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    countFor: (key) => perKey.get(key) ?? 0,
    distinctKeys: () => perKey.size,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
