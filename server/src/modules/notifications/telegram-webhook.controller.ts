/**
 * Webhook mode (TELEGRAM_WEBHOOK_URL set): Telegram POSTs updates to /telegram/webhook/<secret>, with
 * the same secret in X-Telegram-Bot-Api-Secret-Token. Anything else is 404, as if the route did not exist.
 */
import { timingSafeEqual } from 'node:crypto';
import { Body, Controller, Headers, HttpCode, Inject, NotFoundException, Param, Post } from '@nestjs/common';
import { TELEGRAM_BOT, type TelegramBotApi, type TelegramUpdate } from './telegram-bot-api.js';
import { TelegramLinkService } from './telegram-link.service.js';

function sameSecret(given: string | undefined, expected: string): boolean {
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

@Controller('telegram')
export class TelegramWebhookController {
  constructor(
    @Inject(TELEGRAM_BOT) private readonly bot: TelegramBotApi | null,
    private readonly links: TelegramLinkService,
  ) {}

  @Post('webhook/:secret')
  @HttpCode(200)
  async update(@Param('secret') secret: string, @Headers('x-telegram-bot-api-secret-token') token: string | undefined, @Body() body: TelegramUpdate) {
    if (!this.bot || !this.links.webhookMode) throw new NotFoundException();
    const expected = this.bot.webhookSecret();
    if (!sameSecret(secret, expected) || !sameSecret(token, expected)) throw new NotFoundException();
    // Telegram retries a non-2xx answer; a failing update is logged, not replayed forever.
    await this.links.handleUpdate(body).catch(() => undefined);
    return {};
  }
}
