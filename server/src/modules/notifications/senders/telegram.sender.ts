/** Telegram: `sendMessage` to the linked chat. 400/403 (chat gone, bot blocked) are final; 429, 5xx and network errors are retried. */
import { Inject, Injectable } from '@nestjs/common';
import { type ChannelRecord, DeliveryFailure, type OutboundMessage } from '../notification.types.js';
import { TELEGRAM_BOT, TelegramApiError, type TelegramBotApi } from '../telegram-bot-api.js';
import { type ChannelSender, plainText } from './channel-sender.js';

/** Telegram refuses texts over 4,096 characters. */
const MAX_TEXT = 4_096;

@Injectable()
export class TelegramSender implements ChannelSender {
  constructor(@Inject(TELEGRAM_BOT) private readonly bot: TelegramBotApi | null) {}

  async send(channel: ChannelRecord, message: OutboundMessage): Promise<void> {
    if (!this.bot) throw new DeliveryFailure('Telegram is not configured (TELEGRAM_BOT_TOKEN)', false);
    if (channel.status !== 'ACTIVE' || !channel.target) throw new DeliveryFailure('Telegram chat not linked yet', false);
    const text = plainText(message);
    try {
      await this.bot.call('sendMessage', {
        chat_id: channel.target,
        text: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text,
        link_preview_options: { is_disabled: true },
      });
    } catch (e) {
      if (!(e instanceof TelegramApiError)) throw new DeliveryFailure(`Telegram: ${e instanceof Error ? e.message : String(e)}`, true);
      const retryable = e.status === 0 || e.status === 429 || e.status >= 500;
      throw new DeliveryFailure(e.message, retryable);
    }
  }
}
