/**
 * A fake Telegram Bot API (demo mode and tests): one bot, updates a test injects as if a user had
 * written to it, delivered by long polling (`getUpdates`) or to a webhook set with `setWebhook`
 * (then getUpdates answers 409, as Telegram does), and every `sendMessage` recorded. Like Telegram,
 * it serves one long poll per bot: a getUpdates arriving while another waits ends the waiting one
 * with 409, so replicas that all poll the same bot show up here as they would in production.
 */

export const FAKE_BOT = { id: 7_000_000_001, is_bot: true, first_name: 'MineGNK Demo', username: 'MineGNKDemoBot' } as const;
/** The token the portal uses against the fake API when TELEGRAM_BOT_TOKEN is unset in demo mode. */
export const FAKE_BOT_TOKEN = '7000000001:demo-token-for-the-simulator-only';

const MAX_POLL_SECONDS = 50;
const KEPT_UPDATES = 1_000;
const KEPT_MESSAGES = 1_000;
/** Telegram's own wording (HTTP 409) for the older of two concurrent getUpdates. */
export const POLL_CONFLICT = 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running';

export interface FakeUpdate {
  update_id: number;
  message: {
    message_id: number;
    date: number;
    text: string;
    chat: { id: number; type: 'private'; first_name: string };
    from: { id: number; is_bot: false; first_name: string; language_code?: string };
  };
}

export interface SentMessage {
  message_id: number;
  chat_id: number;
  text: string;
  parse_mode: string | null;
  date: number;
}

export interface WebhookInfo {
  url: string;
  secret_token: string | null;
}

/** getUpdates as the fake saw it (tests read it through `GET /__sim/telegram/stats`). */
export interface PollStats {
  getUpdates: number;
  conflicts: number;
  /** 1 while a long poll is parked, else 0. */
  waiting: number;
}

/** A Bot API error: HTTP status and Telegram's `description`. */
export class BotApiError extends Error {
  constructor(
    readonly status: number,
    description: string,
    readonly retryAfter?: number,
  ) {
    super(description);
  }
}

export class FakeBotApi {
  private updates: FakeUpdate[] = [];
  private nextUpdateId = 1;
  private nextMessageId = 1;
  private readonly waiters = new Set<() => void>();
  /** Ends the parked long poll with 409 (a newer getUpdates arrived). */
  private terminateWaitingPoll: (() => void) | null = null;
  private calls = { getUpdates: 0, conflicts: 0 };
  private readonly knownChats = new Set<number>();
  private readonly blockedChats = new Set<number>();
  readonly sent: SentMessage[] = [];
  webhook: WebhookInfo | null = null;
  /** Outcome of the last webhook push (tests read it through the control route). */
  lastWebhookPush: { status: number | null; error: string | null } | null = null;

  constructor(private readonly now: () => number = Date.now) {}

  /** As if the user `chatId` had written `text` to the bot. */
  inject(chatId: number, text: string, firstName = 'Demo', languageCode?: string): FakeUpdate {
    const update: FakeUpdate = {
      update_id: this.nextUpdateId++,
      message: {
        message_id: this.nextMessageId++,
        date: Math.floor(this.now() / 1000),
        text,
        chat: { id: chatId, type: 'private', first_name: firstName },
        from: { id: chatId, is_bot: false, first_name: firstName, ...(languageCode ? { language_code: languageCode } : {}) },
      },
    };
    this.knownChats.add(chatId);
    if (this.webhook) void this.push(this.webhook, update);
    else {
      this.updates.push(update);
      if (this.updates.length > KEPT_UPDATES) this.updates.shift();
      for (const wake of this.waiters) wake();
    }
    return update;
  }

  /**
   * Long poll: answers at once when updates from `offset` on are waiting, else within `timeout`
   * seconds. `gone` aborts when the caller hung up: its poll no longer counts as waiting.
   */
  async getUpdates(offset: number | undefined, timeoutSeconds: number, limit = 100, gone?: AbortSignal): Promise<FakeUpdate[]> {
    this.calls.getUpdates++;
    this.terminateWaitingPoll?.();
    if (this.webhook)
      throw new BotApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
    // Telegram forgets every update before `offset` once it is confirmed.
    if (offset !== undefined) this.updates = this.updates.filter((u) => u.update_id >= offset);
    if (this.updates.length === 0 && timeoutSeconds > 0 && !gone?.aborted) {
      const ended = await new Promise<'woken' | 'terminated'>((resolve) => {
        const finish = (how: 'woken' | 'terminated') => {
          clearTimeout(timer);
          this.waiters.delete(wake);
          gone?.removeEventListener('abort', wake);
          if (this.terminateWaitingPoll === terminate) this.terminateWaitingPoll = null;
          resolve(how);
        };
        const wake = () => finish('woken');
        const terminate = () => finish('terminated');
        const timer = setTimeout(wake, Math.min(timeoutSeconds, MAX_POLL_SECONDS) * 1000);
        this.waiters.add(wake);
        gone?.addEventListener('abort', wake, { once: true });
        this.terminateWaitingPoll = terminate;
      });
      if (ended === 'terminated') {
        this.calls.conflicts++;
        throw new BotApiError(409, POLL_CONFLICT);
      }
    }
    return this.updates.slice(0, Math.max(1, Math.min(limit, 100)));
  }

  pollStats(): PollStats {
    return { ...this.calls, waiting: this.terminateWaitingPoll ? 1 : 0 };
  }

  sendMessage(chatId: number, text: string, parseMode: string | null): SentMessage {
    if (!text) throw new BotApiError(400, 'Bad Request: message text is empty');
    if (!this.knownChats.has(chatId)) throw new BotApiError(400, 'Bad Request: chat not found');
    if (this.blockedChats.has(chatId)) throw new BotApiError(403, 'Forbidden: bot was blocked by the user');
    const message = { message_id: this.nextMessageId++, chat_id: chatId, text, parse_mode: parseMode, date: Math.floor(this.now() / 1000) };
    this.sent.push(message);
    if (this.sent.length > KEPT_MESSAGES) this.sent.shift();
    return message;
  }

  /** The user blocked the bot (or unblocked it): sendMessage to that chat answers 403. */
  setBlocked(chatId: number, blocked: boolean): void {
    if (blocked) this.blockedChats.add(chatId);
    else this.blockedChats.delete(chatId);
  }

  setWebhook(url: string, secretToken: string | null): void {
    this.webhook = url ? { url, secret_token: secretToken } : null;
    for (const wake of this.waiters) wake();
  }

  reset(): void {
    this.updates = [];
    this.sent.length = 0;
    this.webhook = null;
    this.lastWebhookPush = null;
    this.knownChats.clear();
    this.blockedChats.clear();
    this.calls = { getUpdates: 0, conflicts: 0 };
  }

  /** Ends every parked long poll (simulator shutdown). */
  close(): void {
    for (const wake of this.waiters) wake();
  }

  private async push(hook: WebhookInfo, update: FakeUpdate): Promise<void> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (hook.secret_token) headers['x-telegram-bot-api-secret-token'] = hook.secret_token;
    try {
      const res = await fetch(hook.url, { method: 'POST', headers, body: JSON.stringify(update), signal: AbortSignal.timeout(10_000) });
      this.lastWebhookPush = { status: res.status, error: null };
    } catch (e) {
      this.lastWebhookPush = { status: null, error: e instanceof Error ? e.message : String(e) };
    }
  }
}
