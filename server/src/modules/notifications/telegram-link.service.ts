/**
 * Links Telegram chats to PENDING_LINK channels: the user opens t.me/<bot>?start=<code>, Telegram
 * sends `/start <code>`, we set the chat id and activate the channel. Updates arrive by long
 * polling (`getUpdates`, 25 s) or, with TELEGRAM_WEBHOOK_URL, by Telegram calling our webhook route.
 * Runs only when a bot is configured (or the demo's fake Bot API); stops cleanly on shutdown.
 */
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { UsersRepository } from '../users/users.repository.js';
import { ChannelsRepository } from './channels.repository.js';
import { TELEGRAM_BOT, TelegramApiError, type TelegramBotApi, type TelegramUpdate } from './telegram-bot-api.js';
import { languageOfClient, telegramText } from './telegram-texts.js';

const POLL_TIMEOUT_S = 25;
const RETRY_AFTER_ERROR_MS = 5_000;
const START = /^\/start(?:@\w+)?(?:\s+([\w-]{1,64}))?\s*$/;

@Injectable()
export class TelegramLinkService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger(TelegramLinkService.name);
  private readonly stop = new AbortController();
  private loop: Promise<void> | null = null;
  private offset: number | undefined;

  constructor(
    @Inject(TELEGRAM_BOT) private readonly bot: TelegramBotApi | null,
    private readonly config: AppConfig,
    private readonly channels: ChannelsRepository,
    private readonly users: UsersRepository,
  ) {}

  get webhookMode(): boolean {
    return Boolean(this.config.env.TELEGRAM_WEBHOOK_URL);
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
    this.loop = this.poll();
  }

  async onModuleDestroy(): Promise<void> {
    this.stop.abort();
    await this.loop;
  }

  private async poll(): Promise<void> {
    // A webhook left from an earlier webhook-mode run would make getUpdates answer 409.
    await this.bot!.call('deleteWebhook', {}, { signal: this.stop.signal }).catch(() => undefined);
    while (!this.stop.signal.aborted) {
      try {
        const updates = await this.bot!.call<TelegramUpdate[]>(
          'getUpdates',
          { offset: this.offset, timeout: POLL_TIMEOUT_S, allowed_updates: ['message'] },
          { timeoutMs: (POLL_TIMEOUT_S + 10) * 1000, signal: this.stop.signal },
        );
        for (const update of updates) {
          // Confirmed before handling: an update that keeps failing must not block every later one.
          this.offset = update.update_id + 1;
          await this.handleUpdate(update).catch((e: unknown) => this.log.warn(`Telegram: update ${update.update_id} failed: ${(e as Error).message}`));
        }
      } catch (e) {
        if (this.stop.signal.aborted) return;
        const wait = e instanceof TelegramApiError && e.retryAfterSeconds ? e.retryAfterSeconds * 1000 : RETRY_AFTER_ERROR_MS;
        this.log.warn(`Telegram: getUpdates failed (${(e as Error).message}); retrying in ${Math.round(wait / 1000)} s`);
        await abortableSleep(wait, this.stop.signal);
      }
    }
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

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
