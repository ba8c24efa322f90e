/**
 * A webhook receiver inside the simulator, so the demo (and a curious integrator) can watch the
 * portal's signed webhooks arrive without running anything else: `POST /__sim/webhook-sink/{name}`
 * is the target, `GET` lists what arrived (newest last) with the signature checked when the
 * channel's secret was registered (`POST /__sim/webhook-sink/{name}/secret`), `DELETE` empties it.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { ok, type RequestContext, type RouteDef } from './http/types.js';

const KEEP = 500;

interface Received {
  receivedAt: string;
  idempotencyKey: string | null;
  event: string | null;
  signature: string | null;
  /** null: no secret registered for this sink, so nothing to check against. */
  signatureValid: boolean | null;
  body: unknown;
}

const secretSchema = z.object({ secret: z.string().min(16).max(256) }).strict();
const header = (req: RequestContext, name: string): string | null => {
  const v = req.headers?.[name];
  return typeof v === 'string' ? v : null;
};

/** `sha256=<hex>` of the raw body, compared in constant time. */
export function validSignature(secret: string, rawBody: string, signature: string | null): boolean {
  if (!signature?.startsWith('sha256=')) return false;
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`);
  const got = Buffer.from(signature);
  return got.length === expected.length && timingSafeEqual(got, expected);
}

export function webhookSinkRoutes(): RouteDef[] {
  const sinks = new Map<string, Received[]>();
  const secrets = new Map<string, string>();
  return [
    {
      method: 'POST',
      pattern: '/__sim/webhook-sink/{name}/secret',
      handle: (req) => {
        const parsed = secretSchema.safeParse(req.body);
        if (!parsed.success) return { status: 400, body: { error: 'expected {"secret": "<16-256 characters>"}' } };
        secrets.set(req.params.name, parsed.data.secret);
        return ok({ ok: true });
      },
    },
    {
      method: 'POST',
      pattern: '/__sim/webhook-sink/{name}',
      handle: (req) => {
        const list = sinks.get(req.params.name) ?? [];
        const secret = secrets.get(req.params.name);
        const signature = header(req, 'x-minegnk-signature');
        list.push({
          receivedAt: new Date().toISOString(),
          idempotencyKey: header(req, 'idempotency-key'),
          event: header(req, 'x-minegnk-event'),
          signature,
          signatureValid: secret === undefined ? null : validSignature(secret, req.rawBody ?? '', signature),
          body: req.body,
        });
        sinks.set(req.params.name, list.slice(-KEEP));
        return ok({ ok: true });
      },
    },
    { method: 'GET', pattern: '/__sim/webhook-sink/{name}', handle: (req) => ok({ received: sinks.get(req.params.name) ?? [] }) },
    {
      method: 'DELETE',
      pattern: '/__sim/webhook-sink/{name}',
      handle: (req) => {
        sinks.delete(req.params.name);
        return ok({ ok: true });
      },
    },
  ];
}
