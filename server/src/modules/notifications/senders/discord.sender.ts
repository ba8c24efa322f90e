/** Discord: a message to the user's channel webhook (`POST {content}`); mentions disabled so a title cannot ping @everyone. */
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../../config/app-config.js';
import type { ChannelRecord, OutboundMessage } from '../notification.types.js';
import type { ChannelSender } from './channel-sender.js';
import { failureForStatus, postJson } from './http-post.js';

/** Discord refuses content over 2,000 characters. */
const MAX_CONTENT = 2_000;

export function discordContent(message: OutboundMessage): string {
  const { title, message: text, link } = message.rendered;
  const content = [`**${title}**`, text, ...(link ? [link] : [])].join('\n');
  return content.length > MAX_CONTENT ? `${content.slice(0, MAX_CONTENT - 1)}…` : content;
}

@Injectable()
export class DiscordSender implements ChannelSender {
  constructor(private readonly config: AppConfig) {}

  async send(channel: ChannelRecord, message: OutboundMessage): Promise<void> {
    const body = JSON.stringify({ content: discordContent(message), allowed_mentions: { parse: [] } });
    const res = await postJson(
      new URL(channel.target),
      body,
      { 'idempotency-key': message.idempotencyKey },
      {
        timeoutMs: 10_000,
        allowPrivate: this.config.allowPrivateTargets,
      },
    );
    const failure = failureForStatus(res.status, 'Discord');
    if (failure) throw failure;
  }
}
