/**
 * The getUpdates long-poll loop, on one replica at a time. Telegram serves one long poll per bot:
 * a newer getUpdates ends the waiting one with 409 ("terminated by other getUpdates request"), so
 * replicas that all polled would keep knocking each other out. The loop runs only while this process
 * holds a PostgreSQL session advisory lock on a connection of its own; the others try again every
 * `lockRetryMs`. A clean shutdown unlocks at once; a dead holder's session ends and frees it.
 * Deliveries (sendMessage) do not need the lock: every replica sends.
 */
import type { Logger } from '@nestjs/common';
import type { HeldAdvisoryLock } from '../../database/advisory-lock.js';
import { TelegramApiError, type TelegramBotApi, type TelegramUpdate } from './telegram-bot-api.js';

const POLL_TIMEOUT_S = 25;
const RETRY_AFTER_ERROR_MS = 5_000;
export const TELEGRAM_POLLER_LOCK = 'minegnk:telegram-poller';

export class TelegramPoller {
  /** How often a replica without the lock tries to take it (the takeover delay after a crash); tests shorten it. */
  static lockRetryMs = 15_000;
  private readonly stopping = new AbortController();
  private loop: Promise<void> | null = null;
  private offset: number | undefined;
  private holding = false;

  constructor(
    private readonly bot: TelegramBotApi,
    private readonly lock: HeldAdvisoryLock,
    private readonly handle: (update: TelegramUpdate) => Promise<void>,
    private readonly log: Logger,
  ) {}

  /** Whether this process holds the lock and polls. */
  get polling(): boolean {
    return this.holding;
  }

  start(): void {
    this.loop ??= this.run();
  }

  /** Ends the poll and releases the lock, so another replica's next try takes over. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await this.loop;
  }

  private async run(): Promise<void> {
    const stop = this.stopping.signal;
    while (!stop.aborted) {
      const lost = await this.lock.tryAcquire().catch((e: unknown) => {
        this.log.warn(`Telegram: cannot try the poller lock (${(e as Error).message})`);
        return null;
      });
      if (lost) {
        this.holding = true;
        this.log.log('Telegram: this replica polls getUpdates');
        try {
          await this.pollWhileHeld(AbortSignal.any([stop, lost]));
        } finally {
          this.holding = false;
          await this.lock.release();
        }
        if (!stop.aborted) this.log.warn('Telegram: lost the poller lock (its database connection broke); trying again');
        continue;
      }
      await abortableSleep(TelegramPoller.lockRetryMs, stop);
    }
  }

  /** Polls until `signal` aborts (shutdown, or the lock's connection reported a failure) or the lock's connection stops answering. */
  private async pollWhileHeld(signal: AbortSignal): Promise<void> {
    // A webhook left from an earlier webhook-mode run would make getUpdates answer 409.
    await this.bot.call('deleteWebhook', {}, { signal }).catch(() => undefined);
    while (!signal.aborted && (await this.lock.stillHeld())) {
      try {
        const updates = await this.bot.call<TelegramUpdate[]>(
          'getUpdates',
          { offset: this.offset, timeout: POLL_TIMEOUT_S, allowed_updates: ['message'] },
          { timeoutMs: (POLL_TIMEOUT_S + 10) * 1000, signal },
        );
        for (const update of updates) {
          // Confirmed before handling: an update that keeps failing must not block every later one.
          this.offset = update.update_id + 1;
          await this.handle(update).catch((e: unknown) => this.log.warn(`Telegram: update ${update.update_id} failed: ${(e as Error).message}`));
        }
      } catch (e) {
        if (signal.aborted) return;
        const wait = e instanceof TelegramApiError && e.retryAfterSeconds ? e.retryAfterSeconds * 1000 : RETRY_AFTER_ERROR_MS;
        this.log.warn(`Telegram: getUpdates failed (${(e as Error).message}); retrying in ${Math.round(wait / 1000)} s`);
        await abortableSleep(wait, signal);
      }
    }
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
