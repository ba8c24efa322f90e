/**
 * The few Bot API methods the portal calls (getMe, getUpdates, sendMessage, setWebhook,
 * deleteWebhook), over HTTPS to TELEGRAM_API_URL — or, in demo mode without a token, to the
 * simulator's fake Bot API. `TELEGRAM_BOT` is null when Telegram is not configured at all.
 */
import { createHash } from 'node:crypto';
import type { Provider } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { UPSTREAM_ENDPOINTS, type UpstreamEndpoints } from '../../network/upstream-endpoints.js';
import { FAKE_BOT_TOKEN } from '../../simulator/telegram/fake-bot-api.js';

/** A Bot API answer other than `ok: true`; `status` 0 = no HTTP answer (network, timeout). */
export class TelegramApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'TelegramApiError';
  }
}

export interface TelegramUpdate {
  update_id: number;
  message?: { text?: string; chat: { id: number }; from?: { language_code?: string } };
}

export class TelegramBotApi {
  private username: Promise<string> | null = null;

  constructor(
    private readonly apiUrl: string,
    private readonly token: string,
  ) {}

  async call<T>(method: string, params: Record<string, unknown> = {}, opts: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<T> {
    const timeout = AbortSignal.timeout(opts.timeoutMs ?? 10_000);
    let res: Response;
    try {
      res = await fetch(`${this.apiUrl.replace(/\/+$/, '')}/bot${this.token}/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(params),
        signal: opts.signal ? AbortSignal.any([timeout, opts.signal]) : timeout,
      });
    } catch (e) {
      throw new TelegramApiError(0, `Telegram ${method}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const body = (await res.json().catch(() => null)) as {
      ok?: boolean;
      result?: T;
      description?: string;
      parameters?: { retry_after?: number };
    } | null;
    if (res.ok && body?.ok) return body.result as T;
    throw new TelegramApiError(res.status, `Telegram ${method}: ${body?.description ?? `HTTP ${res.status}`}`, body?.parameters?.retry_after);
  }

  /** The bot's @username (for t.me deep links), asked once per process. */
  botUsername(): Promise<string> {
    this.username ??= this.call<{ username: string }>('getMe').then(
      (me) => me.username,
      (e: unknown) => {
        this.username = null; // a transient failure must not stick
        throw e;
      },
    );
    return this.username;
  }

  /**
   * Secret path segment (and `secret_token`) of the webhook: derived from the token, so every replica
   * and restart agree on it without storing it, and nobody without the token can forge updates.
   */
  webhookSecret(): string {
    return createHash('sha256').update(`minegnk-telegram-webhook:${this.token}`).digest('hex').slice(0, 48);
  }
}

export const TELEGRAM_BOT = Symbol('TELEGRAM_BOT');

export const telegramBotProvider: Provider = {
  provide: TELEGRAM_BOT,
  inject: [AppConfig, UPSTREAM_ENDPOINTS],
  useFactory: (config: AppConfig, upstreams: UpstreamEndpoints): TelegramBotApi | null => {
    const { TELEGRAM_BOT_TOKEN, TELEGRAM_API_URL } = config.env;
    if (TELEGRAM_BOT_TOKEN) return new TelegramBotApi(TELEGRAM_API_URL, TELEGRAM_BOT_TOKEN);
    // Demo mode: the simulator's fake Bot API, so linking and sending work end to end offline.
    if (upstreams.simulator) return new TelegramBotApi(upstreams.simulator.telegramApiUrl, FAKE_BOT_TOKEN);
    return null;
  },
};
