/**
 * Links Telegram chats to PENDING_LINK channels: the user opens t.me/<bot>?start=<code>, Telegram
 * sends `/start <code>`, we set the chat id and activate the channel. Updates arrive by long
 * polling (`getUpdates`, 25 s, on one replica at a time: telegram-poller.ts) or, with
 * TELEGRAM_WEBHOOK_URL, by Telegram calling our webhook route (any replica). Runs only when a bot is
 * configured (or the demo's fake Bot API); stops cleanly on shutdown.
 */
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { HeldAdvisoryLock } from '../../database/advisory-lock.js';
import { UsersRepository } from '../users/users.repository.js';
import { ChannelsRepository } from './channels.repository.js';
import { TELEGRAM_BOT, type TelegramBotApi, type TelegramUpdate } from './telegram-bot-api.js';
import { TELEGRAM_POLLER_LOCK, TelegramPoller } from './telegram-poller.js';
import { languageOfClient, telegramText } from './telegram-texts.js';

const START = /^\/start(?:@\w+)?(?:\s+([\w-]{1,64}))?\s*$/;

@Injectable()
export class TelegramLinkService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger(TelegramLinkService.name);
  private poller: TelegramPoller | null = null;

  constructor(
    @Inject(TELEGRAM_BOT) private readonly bot: TelegramBotApi | null,
    private readonly config: AppConfig,
    private readonly channels: ChannelsRepository,
    private readonly users: UsersRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  get webhookMode(): boolean {
    return Boolean(this.config.env.TELEGRAM_WEBHOOK_URL);
  }

  /** Whether this replica is the one polling getUpdates now. */
  get polling(): boolean {
    return this.poller?.polling ?? false;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.bot) return;
    const base = this.config.env.TELEGRAM_WEBHOOK_URL;
    if (base) {
      const url = `${base.replace(/\/+$/, '')}/telegram/webhook/${this.bot.webhookSecret()}`;
      await this.bot
        .call('setWebhook', { url, secret_token: this.bot.webhookSecret(), allowed_updates: ['message'] })
        .then(() => this.log.log('Telegram: webhook set'))
        .catch((e: unknown) => this.log.warn(`Telegram: setWebhook failed (${(e as Error).message}); chats cannot be linked until it succeeds`));
      return;
    }
    this.poller = new TelegramPoller(this.bot, new HeldAdvisoryLock(this.dataSource, TELEGRAM_POLLER_LOCK), (u) => this.handleUpdate(u), this.log);
    this.poller.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.poller?.stop();
  }

  /** One update (from polling or the webhook route): `/start <code>` links a chat; anything else gets a hint. */
  async handleUpdate(update: TelegramUpdate): Promise<void> {
    const message = update.message;
    if (!message?.text || !this.bot) return;
    const match = START.exec(message.text.trim());
    if (!match) return; // a chat with the bot is not a conversation: stay quiet
    const chatId = String(message.chat.id);
    const clientLanguage = languageOfClient(message.from?.language_code);
    const code = match[1];
    if (!code) return this.reply(chatId, telegramText('noCode', clientLanguage));
    const linked = await this.channels.linkByCode(code, chatId);
    if (!linked) return this.reply(chatId, telegramText('invalidCode', clientLanguage));
    const language = (await this.users.alertSettings([linked.userId])).get(linked.userId)?.language ?? clientLanguage;
    this.log.log(`Telegram: channel ${linked.id} linked`);
    await this.reply(chatId, telegramText('linked', language, linked.label));
  }

  private async reply(chatId: string, text: string): Promise<void> {
    await this.bot!.call('sendMessage', { chat_id: chatId, text }).catch((e: unknown) => this.log.warn(`Telegram: reply failed: ${(e as Error).message}`));
  }
}
