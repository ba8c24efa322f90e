/**
 * STAND-IN (DELIV branch only): the WEBHOOK sender the delivery worker needs; CHAN's
 * channel-senders.ts (every channel kind, SSRF checks) replaces this file at merge.
 */
import { createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DeliveryFailure, type ChannelRecord, type OutboundMessage } from './notification.types.js';

const SEND_TIMEOUT_MS = 10_000;

/** `sha256=<hex HMAC-SHA256 of the raw body with the channel's secret>` (the webhook contract). */
export function webhookSignature(rawBody: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

/** 408, 429 and 5xx may pass on a later try; other statuses will not. */
function retryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

@Injectable()
export class ChannelSenders {
  async send(channel: ChannelRecord, message: OutboundMessage): Promise<void> {
    if (channel.kind !== 'WEBHOOK') throw new DeliveryFailure(`${channel.kind} sending is not available in this build`, false);
    const body = JSON.stringify(message.body);
    let res: Response;
    try {
      res = await fetch(channel.target, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'MineGNK-Webhook/1',
          'idempotency-key': message.idempotencyKey,
          'x-minegnk-signature': webhookSignature(body, channel.secret ?? ''),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      });
    } catch (e) {
      const cause = (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).name;
      throw new DeliveryFailure(`network error: ${cause}`, true);
    }
    await res.body?.cancel().catch(() => undefined);
    if (res.status >= 200 && res.status < 300) return;
    throw new DeliveryFailure(`HTTP ${res.status}`, retryableStatus(res.status));
  }
}
