/**
 * A user's notification channels: create (per-kind validation, SSRF guard, at most 10, a one-time
 * secret for webhooks, a deep link for Telegram), update, delete, list; and `recipientsFor`, which
 * the delivery outbox asks who gets an alert.
 */
import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { BadUserInput, DomainError, NotFound } from '../../common/domain-error.js';
import { Db, type Sql, Tx } from '../../database/db.js';
import type { AlertRecord } from '../alerts/alert.types.js';
import { UsersRepository } from '../users/users.repository.js';
import { channelWants, preferenceAllows } from './alert-preferences.js';
import { validateTarget } from './channel-targets.js';
import { type ChannelChanges, ChannelsRepository, type StoredChannel } from './channels.repository.js';
import type { CreateNotificationChannelInput, UpdateNotificationChannelInput } from './dto/channel.inputs.js';
import type { ChannelRecord } from './notification.types.js';
import { TELEGRAM_BOT, type TelegramBotApi } from './telegram-bot-api.js';

export const MAX_CHANNELS_PER_USER = 10;
export const LINK_CODE_TTL_MS = 3_600_000;

/** A channel as the API shows it (t.me link resolved), plus the webhook secret right after creation. */
export interface ChannelView {
  channel: StoredChannel;
  telegramLinkUrl: string | null;
}

@Injectable()
export class ChannelsService {
  constructor(
    private readonly db: Db,
    private readonly channels: ChannelsRepository,
    private readonly users: UsersRepository,
    private readonly config: AppConfig,
    @Inject(TELEGRAM_BOT) private readonly bot: TelegramBotApi | null,
  ) {}

  async create(userId: string, input: CreateNotificationChannelInput): Promise<{ view: ChannelView; secret: string | null }> {
    const target = await validateTarget(input.kind, input.target, {
      production: this.config.isProduction,
      allowPrivate: this.config.allowPrivateTargets,
      telegramConfigured: this.bot !== null,
    });
    const telegram = input.kind === 'TELEGRAM';
    // Known before the insert: a bot that cannot be reached fails the request, not a half-made channel.
    if (telegram) await this.botUsername();
    const secret = input.kind === 'WEBHOOK' ? randomBytes(32).toString('hex') : null;
    const channel = await this.db.transaction(async (tx) => {
      if ((await this.channels.lockUser(userId, tx)) >= MAX_CHANNELS_PER_USER) {
        throw new BadUserInput('input.kind', `At most ${MAX_CHANNELS_PER_USER} notification channels per account; delete one first`, 'TOO_MANY_CHANNELS', {
          limit: MAX_CHANNELS_PER_USER,
        });
      }
      return this.channels.insert(
        {
          userId,
          kind: input.kind,
          target,
          label: input.label,
          status: telegram ? 'PENDING_LINK' : 'ACTIVE',
          minSeverity: input.minSeverity ?? 'WARNING',
          events: input.events ?? null,
          secret,
          linkCode: telegram ? newLinkCode() : null,
          linkExpiresAt: telegram ? new Date(Date.now() + LINK_CODE_TTL_MS) : null,
        },
        tx,
      );
    });
    return { view: await this.view(channel), secret };
  }

  async update(userId: string, input: UpdateNotificationChannelInput): Promise<ChannelView> {
    const changes: ChannelChanges = {};
    if (input.label != null) changes.label = input.label;
    if (input.minSeverity != null) changes.minSeverity = input.minSeverity;
    if (input.events !== undefined) changes.events = input.events;
    const updated = await this.channels.update(input.id, userId, changes);
    if (!updated) throw new NotFound('Notification channel');
    return this.view(updated);
  }

  async delete(userId: string, id: string): Promise<boolean> {
    if (!(await this.channels.delete(id, userId))) throw new NotFound('Notification channel');
    return true;
  }

  async list(userId: string): Promise<ChannelView[]> {
    const channels = await this.channels.listByUser(userId);
    return Promise.all(channels.map((c) => this.view(c)));
  }

  /** The user's channel, or NOT_FOUND (also for another user's id). */
  async get(userId: string, id: string): Promise<StoredChannel> {
    const channel = await this.channels.findById(id, userId);
    if (!channel) throw new NotFound('Notification channel');
    return channel;
  }

  /**
   * Contract seam for the outbox: the user's ACTIVE channels that want this alert — the kind is in
   * the channel's events (null = all), the severity reaches its minimum, and the user's preference
   * group for the kind (nodeDown, earningsDrop, epochGuard, …) is not off.
   */
  async recipientsFor(userId: string, alert: Pick<AlertRecord, 'kind' | 'severity'>, tx?: Sql): Promise<ChannelRecord[]> {
    const [channels, settings] = await Promise.all([
      this.channels.activeByUsers([userId], tx),
      this.users.alertSettings([userId], tx instanceof Tx ? tx : undefined),
    ]);
    const prefs = settings.get(userId)?.notificationPrefs;
    if (!preferenceAllows(prefs, alert.kind)) return [];
    return channels.filter((c) => channelWants(c, alert));
  }

  /** Resolves the t.me link of a pending Telegram channel, renewing an expired code. */
  private async view(channel: StoredChannel): Promise<ChannelView> {
    if (channel.kind !== 'TELEGRAM' || channel.status !== 'PENDING_LINK' || !this.bot) return { channel, telegramLinkUrl: null };
    let current = channel;
    if (!current.linkCode || !current.linkExpiresAt || current.linkExpiresAt.getTime() <= Date.now()) {
      current = (await this.channels.renewLinkCode(channel.id, newLinkCode(), new Date(Date.now() + LINK_CODE_TTL_MS))) ?? channel;
    }
    if (!current.linkCode) return { channel: current, telegramLinkUrl: null };
    // A list must not fail because Telegram is briefly unreachable: the link is just absent then.
    const bot = await this.botUsername().catch(() => null);
    return { channel: current, telegramLinkUrl: bot && `https://t.me/${bot}?start=${current.linkCode}` };
  }

  private async botUsername(): Promise<string> {
    try {
      return await this.bot!.botUsername();
    } catch {
      throw new DomainError('SERVICE_UNAVAILABLE', 'The Telegram bot cannot be reached right now; try again later');
    }
  }
}

/** 24 url-safe characters (144 bits): what Telegram allows in a /start parameter, unguessable. */
function newLinkCode(): string {
  return randomBytes(18).toString('base64url');
}
