/** The one entry point of delivery (DELIV's worker): picks the kind's sender and re-checks the target URL first. */
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { type ChannelRecord, DeliveryFailure, type OutboundMessage } from './notification.types.js';
import { assertOutboundUrl, OutboundUrlRefused } from './outbound-url.js';
import type { ChannelSender } from './senders/channel-sender.js';
import { DiscordSender } from './senders/discord.sender.js';
import { EmailSender } from './senders/email.sender.js';
import { TelegramSender } from './senders/telegram.sender.js';
import { WebhookSender } from './senders/webhook.sender.js';

@Injectable()
export class ChannelSenders {
  private readonly byKind: Record<ChannelRecord['kind'], ChannelSender>;

  constructor(
    private readonly config: AppConfig,
    email: EmailSender,
    telegram: TelegramSender,
    discord: DiscordSender,
    webhook: WebhookSender,
  ) {
    this.byKind = { EMAIL: email, TELEGRAM: telegram, DISCORD: discord, WEBHOOK: webhook };
  }

  async send(channel: ChannelRecord, message: OutboundMessage): Promise<void> {
    if (channel.kind === 'WEBHOOK' || channel.kind === 'DISCORD') {
      // The rules may have tightened since the channel was made (e.g. moved to production).
      try {
        await assertOutboundUrl(channel.target, this.config.allowPrivateTargets);
      } catch (e) {
        if (e instanceof OutboundUrlRefused) throw new DeliveryFailure(`target refused: ${e.message}`, e.transient);
        throw e;
      }
    }
    await this.byKind[channel.kind].send(channel, message);
  }
}
