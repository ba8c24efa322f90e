/**
 * Webhook (for integrators): POST of the contract body as JSON, signed so the receiver can check it
 * came from us: `X-MineGNK-Signature: sha256=<hex HMAC-SHA256 of the raw body, keyed with the
 * channel's secret>`. 2xx is delivered; 408, 429, 5xx and network errors are retried; other answers
 * are final.
 */
import { createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../../config/app-config.js';
import { type ChannelRecord, DeliveryFailure, type OutboundMessage } from '../notification.types.js';
import type { ChannelSender } from './channel-sender.js';
import { failureForStatus, postJson } from './http-post.js';

export const WEBHOOK_TIMEOUT_MS = 10_000;

export function webhookSignature(secret: string, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

@Injectable()
export class WebhookSender implements ChannelSender {
  constructor(private readonly config: AppConfig) {}

  async send(channel: ChannelRecord, message: OutboundMessage): Promise<void> {
    if (!channel.secret) throw new DeliveryFailure('webhook channel has no secret', false);
    const raw = JSON.stringify(message.body);
    const res = await postJson(
      new URL(channel.target),
      raw,
      {
        'x-minegnk-signature': webhookSignature(channel.secret, raw),
        'x-minegnk-event': message.event.toLowerCase(),
        'idempotency-key': message.idempotencyKey,
      },
      { timeoutMs: WEBHOOK_TIMEOUT_MS, allowPrivate: this.config.allowPrivateTargets },
    );
    const failure = failureForStatus(res.status, 'webhook');
    if (failure) throw failure;
  }
}
